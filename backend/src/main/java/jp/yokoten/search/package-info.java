/**
 * Search: owns the template, story and article indexes and tokenises queries in Java. Published templates are answered
 * from each replica's memory ({@link jp.yokoten.search.memory}) with the page's rows read by id; every other template
 * search, and story and article search, is one statement each.
 */
package jp.yokoten.search;
