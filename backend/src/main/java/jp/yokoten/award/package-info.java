/**
 * The award round (SPEC §8): rounds and phases, entries with evidence frozen from the statistics, blind and
 * conflict-aware score sheets, standardised results, prizes and their badges. Writes through the entities here;
 * lists, results and cross-feature reads (a template's or story's ward, status and title) as plain SQL.
 */
package jp.yokoten.award;
