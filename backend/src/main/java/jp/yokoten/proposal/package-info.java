/**
 * Improvement proposals (業務改善提案, SPEC §9): staff post ideas, other wards support them, the author's ward's
 * publishers answer them and link the template that solves them. Writes go through the {@link
 * jp.yokoten.proposal.Proposal} entity; lists, counts and figures are plain SQL read models.
 */
package jp.yokoten.proposal;
