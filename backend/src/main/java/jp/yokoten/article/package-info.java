/**
 * Know-how articles (開発ノウハウ, SPEC §13): a publishable kind on {@link jp.yokoten.publication.Publications},
 * like stories; its index and search live in {@code search/ArticleSearch} beside the story and template indexes.
 */
package jp.yokoten.article;
