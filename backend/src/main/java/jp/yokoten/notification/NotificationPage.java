package jp.yokoten.notification;

import java.util.List;

/** A page of the caller's notifications, newest first, with how many of all of them are unread (the bell). */
public record NotificationPage(List<NotificationView> items, int page, int size, long total, long unreadCount) {}
