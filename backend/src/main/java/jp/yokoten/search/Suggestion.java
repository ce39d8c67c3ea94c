package jp.yokoten.search;

/** A completion for the search box: a published template's title or a tag ({@code kind}), starting with the typed prefix. */
public record Suggestion(String kind, String text) {}
