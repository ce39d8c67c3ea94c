package jp.yokoten.proposal;

/** The counts after a support or its withdrawal, and whether the caller now supports the proposal. */
public record SupportState(int supporters, int supportingWards, boolean supportedByMe) {}
