/**
 * Common-process projects (SPEC §13): admin creates, members edit; writes through the {@link jp.yokoten.project.Project}
 * entity, reads (lists, detail, flow history) as plain SQL in {@link jp.yokoten.project.ProjectReads}.
 */
package jp.yokoten.project;
