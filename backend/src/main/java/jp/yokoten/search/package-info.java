/** Search: owns the template and story indexes, tokenises queries in Java and answers each search in one statement. */
package jp.yokoten.search;
