/**
 * The standardisation board (SPEC §13): ward statuses per common process derived from adoptions of the projects'
 * standard templates plus declared plans, rates that agree with the KPI report, plans and hearing-based adoptions.
 * Reads are plain SQL ({@link jp.yokoten.standardisation.BoardReads}).
 */
package jp.yokoten.standardisation;
