/** Plain-SQL read models: one small helper ({@link jp.yokoten.common.sql.ReadModels}) that maps rows into records. */
package jp.yokoten.common.sql;
