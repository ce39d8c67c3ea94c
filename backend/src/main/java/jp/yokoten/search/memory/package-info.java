/**
 * Published-template search from each API replica's memory (issue 21). At 100,000 templates the one SQL statement had
 * to read up to 10,001 hits of a broad word from the heap to count them (≈ 40 ms of database CPU a request); here the
 * hits, their ranking, the exact total and the facets come from postings and columns in memory
 * ({@link jp.yokoten.search.memory.PublishedIndex}, {@link jp.yokoten.search.memory.Searcher}), and so do the page's
 * shown fields (prizes included: publishing an award round writes its prized templates' rows again); the database
 * serves only descriptions, for a highlight that may come from one. Suggestions while typing come from the same index (tags and normalised titles in code
 * point order). The index follows {@code template_search} through a change feed on the primary
 * ({@link jp.yokoten.search.memory.SearchMemory}, V18). SearchService keeps the SQL path for every other status
 * (drafts and what only publishers and overseers see), and for published ones while the memory is not loaded or the
 * primary cannot be read; {@code SearchMemoryParityTest} holds the two paths to the same answers, and
 * {@code SearcherPropertyTest} holds the bitset search to a brute-force reading of random catalogues.
 */
package jp.yokoten.search.memory;
