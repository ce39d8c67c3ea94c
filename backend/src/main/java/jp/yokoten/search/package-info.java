/** Search: owns the template, story and article indexes, tokenises queries in Java and answers each search in one statement. */
package jp.yokoten.search;
