package jp.yokoten.search;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A completion for the search box: a published template's title or a tag ({@code kind}), starting with the typed prefix. */
public record Suggestion(@Schema(enumeration = {"title", "tag"}) String kind, String text) {}
