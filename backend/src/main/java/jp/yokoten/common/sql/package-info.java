/**
 * Plain-SQL read models: one small helper ({@link jp.yokoten.common.sql.ReadModels}) that maps rows into records, and
 * {@link jp.yokoten.common.sql.ReadRouter}, which sends reads that may lag to a streaming replica when one is configured.
 */
package jp.yokoten.common.sql;
