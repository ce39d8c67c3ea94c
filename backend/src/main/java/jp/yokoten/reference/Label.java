package jp.yokoten.reference;

/** A reference-data entry with its Japanese and English label. */
public record Label(String slug, String nameJa, String nameEn) {}
