/**
 * The portal's users as their tokens last described them (name, ward, roles, e-mail), kept so that
 * notifications can address "every reviewer" or "the publishers of ward X", plus their own preferences.
 * Recorded by {@link jp.yokoten.user.PortalUserFilter} at most once per user and JST day (or when the token's
 * facts change), not on every request.
 */
package jp.yokoten.user;
