/**
 * Yokoten's API, one package a feature ({@code template}, {@code story}, {@code adoption}, …) over shared pieces in
 * {@code common}, {@code publication} (the life cycle every publishable kind shares) and {@code review}.
 *
 * <h2>Data access: one rule</h2>
 * <ul>
 *   <li><b>Writes</b> go through Panache entities in the feature's own service, inside its {@code @Transactional}
 *       method; the item a write acts on is loaded as an entity (with its row lock where two writers may race).
 *       Set-based writes an entity cannot say (upserts with {@code ON CONFLICT}, counters, link tables) are native
 *       statements through the same {@code EntityManager}, so they join the transaction and its flush order.</li>
 *   <li><b>Read models</b> (lists, queues, stats, exports) are plain SQL mapped straight into records through
 *       {@link jp.yokoten.common.sql.ReadModels}: no entity is hydrated, the query names exactly the columns the
 *       screen needs, and visibility is the shared fragment {@link jp.yokoten.publication.Visibility#SQL}.</li>
 *   <li>Reads that may lag behind the last write (search, suggestions, story search, statistics and their CSV) take
 *       their connection from {@link jp.yokoten.common.sql.ReadRouter}: a streaming replica when one is configured,
 *       the primary otherwise and for everything the caller just wrote.</li>
 *   <li>File bytes stream through JDBC in {@code file.PostgresFileStorage} (chunks too large for either of the
 *       above), or to an S3-compatible bucket in {@code file.S3FileStorage}; nothing else opens connections of its own.</li>
 * </ul>
 * Not yet in line (left for their owners): {@code search} (its own JDBC and index SQL), {@code stats} (JDBC on the
 * data source directly, the same style as {@code ReadModels}), and the review queue and findings lists, which still
 * page entities.
 */
package jp.yokoten;
