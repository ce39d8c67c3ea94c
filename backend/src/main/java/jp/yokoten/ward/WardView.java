package jp.yokoten.ward;

/** A ward as the API shows it. */
public record WardView(String slug, String code, String nameJa, String nameEn) {
    static WardView from(Ward w) {
        return new WardView(w.slug, w.code, w.nameJa, w.nameEn);
    }
}
