package io.frontline.sanction.application.domain.model;

/** What a ban covers; which check it answers "banned" to is decided by {@link BanEntry#applies}. */
public sealed interface BanTerms permits ContactBanTerms, EntryBanTerms {
}
