package io.frontline.notification.adapter.out.channel;

import io.frontline.notification.application.domain.model.Language;
import io.frontline.notification.application.domain.model.Notice;
import io.frontline.platform.domain.Organisation;
import io.frontline.platform.domain.Site;
import io.frontline.platform.events.sanction.SanctionEventTypes;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The words of the mails and text messages to a customer under a ban (issue 17), in nl, en and ja: what the ban is,
 * what it covers, which channel stays open, the outcome of an objection with its reason (the code's text in the
 * customer's language, the decider's own words marked as theirs), and dates in the site's calendar. Never a name, never the
 * reasons of the proposal; the site and region by their names in the organisation file.
 */
final class CustomerMailTexts {
    /** How much of the decider's own words a text message carries. */
    static final int SMS_WORDS = 200;
    private static final Map<Language, Map<String, String>> WORDS = Map.of(
            Language.EN, Map.ofEntries(
                    Map.entry("subject.notice", "Notice of a {type} ({reference})"),
                    Map.entry("subject.late", "Your objection ({reference}): the decision takes longer"),
                    Map.entry("subject.outcome", "The decision on your objection"),
                    Map.entry("contact-ban", "contact ban"), Map.entry("entry-ban", "entry ban"),
                    Map.entry("sites", "the branches: {sites}"), Map.entry("region", "every branch in region {region}"),
                    Map.entry("chain", "every branch of the chain"),
                    Map.entry("all-contact", "all contact with us"),
                    Map.entry("department", "contact with one department of {site}"),
                    Map.entry("employee", "contact with one employee of {site}"),
                    Map.entry("phone", "telephone"), Map.entry("email", "e-mail"), Map.entry("chat", "chat"),
                    Map.entry("written", "letter"), Map.entry("in-person", "in person"),
                    Map.entry("every-channel", "every channel"),
                    Map.entry("no-end", "until further notice"),
                    Map.entry("upheld", "Your objection has not been granted: the ban stands."),
                    Map.entry("overturned", "Your objection has been granted: the ban has been withdrawn."),
                    Map.entry("shortened", "Your objection has been partly granted: the ban now ends earlier."),
                    Map.entry("facts-confirmed", "The facts the ban rests on have been confirmed."),
                    Map.entry("proportionate", "The ban fits how serious or repeated the conduct was."),
                    Map.entry("facts-not-established", "The facts the ban rested on could not be established."),
                    Map.entry("disproportionate", "The ban was too heavy for what happened."),
                    Map.entry("procedure-not-followed", "The ban was not imposed with the care the procedure requires."),
                    Map.entry("sms.notice", "{Type} until {until}: {covers}{channels}.{alternative} Object by {objectionDeadline} at {page} with reference {reference} and secret {secret} (keep it to yourself)."),
                    Map.entry("sms.alternative", " Still open to you: {alternative}."),
                    Map.entry("sms.late", "Your objection ({reference}): our decision is late. You will have it by {expectedBy} at the latest. {page}"),
                    Map.entry("sms.outcome", "The decision on your objection: {outcome}{reason} {page}"),
                    Map.entry("sms.words", " In the words of the decider: \"{words}\""),
                    Map.entry("in-words", "In the words of the decider"),
                    Map.entry("reason", "Reason")),
            Language.NL, Map.ofEntries(
                    Map.entry("subject.notice", "Kennisgeving van een {type} ({reference})"),
                    Map.entry("subject.late", "Uw bezwaar ({reference}): de beslissing duurt langer"),
                    Map.entry("subject.outcome", "De beslissing op uw bezwaar"),
                    Map.entry("contact-ban", "contactverbod"), Map.entry("entry-ban", "toegangsverbod"),
                    Map.entry("sites", "de vestigingen: {sites}"), Map.entry("region", "alle vestigingen in regio {region}"),
                    Map.entry("chain", "alle vestigingen van de keten"),
                    Map.entry("all-contact", "alle contact met ons"),
                    Map.entry("department", "contact met één afdeling van {site}"),
                    Map.entry("employee", "contact met één medewerker van {site}"),
                    Map.entry("phone", "telefoon"), Map.entry("email", "e-mail"), Map.entry("chat", "chat"),
                    Map.entry("written", "brief"), Map.entry("in-person", "persoonlijk"),
                    Map.entry("every-channel", "elk kanaal"),
                    Map.entry("no-end", "tot nader bericht"),
                    Map.entry("upheld", "Uw bezwaar is niet toegewezen: het verbod blijft staan."),
                    Map.entry("overturned", "Uw bezwaar is toegewezen: het verbod is ingetrokken."),
                    Map.entry("shortened", "Uw bezwaar is deels toegewezen: het verbod eindigt eerder."),
                    Map.entry("facts-confirmed", "De feiten waarop het verbod rust, zijn bevestigd."),
                    Map.entry("proportionate", "Het verbod past bij de ernst of de herhaling van het gedrag."),
                    Map.entry("facts-not-established", "De feiten waarop het verbod rustte, konden niet worden vastgesteld."),
                    Map.entry("disproportionate", "Het verbod was te zwaar voor wat er gebeurde."),
                    Map.entry("procedure-not-followed", "Het verbod is niet met de zorg opgelegd die de procedure vraagt."),
                    Map.entry("sms.notice", "{Type} tot {until}: {covers}{channels}.{alternative} Bezwaar tot {objectionDeadline} via {page} met referentie {reference} en geheime code {secret} (houd die voor uzelf)."),
                    Map.entry("sms.alternative", " Blijft voor u open: {alternative}."),
                    Map.entry("sms.late", "Uw bezwaar ({reference}): onze beslissing is laat. U hebt die uiterlijk {expectedBy}. {page}"),
                    Map.entry("sms.outcome", "De beslissing op uw bezwaar: {outcome}{reason} {page}"),
                    Map.entry("sms.words", " In de woorden van de beslisser: \"{words}\""),
                    Map.entry("in-words", "In de woorden van de beslisser"),
                    Map.entry("reason", "Reden")),
            Language.JA, Map.ofEntries(
                    Map.entry("subject.notice", "{type}のお知らせ（{reference}）"),
                    Map.entry("subject.late", "異議申立て（{reference}）：決定が遅れています"),
                    Map.entry("subject.outcome", "異議申立てに対する決定"),
                    Map.entry("contact-ban", "連絡禁止"), Map.entry("entry-ban", "入店禁止"),
                    Map.entry("sites", "次の店舗：{sites}"), Map.entry("region", "{region}地域のすべての店舗"),
                    Map.entry("chain", "チェーンのすべての店舗"),
                    Map.entry("all-contact", "当社とのすべての連絡"),
                    Map.entry("department", "{site}の一部署との連絡"),
                    Map.entry("employee", "{site}の一従業員との連絡"),
                    Map.entry("phone", "電話"), Map.entry("email", "電子メール"), Map.entry("chat", "チャット"),
                    Map.entry("written", "郵便"), Map.entry("in-person", "対面"),
                    Map.entry("every-channel", "すべての連絡手段"),
                    Map.entry("no-end", "別途通知があるまで"),
                    Map.entry("upheld", "異議は認められませんでした。禁止措置は継続します。"),
                    Map.entry("overturned", "異議が認められました。禁止措置は取り消されました。"),
                    Map.entry("shortened", "異議が一部認められました。禁止措置の終了日が早まりました。"),
                    Map.entry("facts-confirmed", "禁止措置の根拠となった事実が確認されました。"),
                    Map.entry("proportionate", "禁止措置は行為の重大さまたは繰り返しに見合ったものです。"),
                    Map.entry("facts-not-established", "禁止措置の根拠となった事実を確認できませんでした。"),
                    Map.entry("disproportionate", "禁止措置は起きたことに対して重すぎました。"),
                    Map.entry("procedure-not-followed", "禁止措置は手続きに必要な配慮をもって課されていませんでした。"),
                    Map.entry("sms.notice", "{Type}（{until}まで）：{covers}{channels}。{alternative}{objectionDeadline}まで異議申立てができます：{page} 参照番号 {reference}、シークレット {secret}（他の人に知らせないでください）。"),
                    Map.entry("sms.alternative", "{alternative}でのご連絡は引き続き可能です。"),
                    Map.entry("sms.late", "異議申立て（{reference}）：決定が遅れています。遅くとも{expectedBy}までにお知らせします。{page}"),
                    Map.entry("sms.outcome", "異議申立てに対する決定：{outcome}{reason} {page}"),
                    Map.entry("sms.words", " 決定者の言葉（原文のまま）：「{words}」"),
                    Map.entry("in-words", "決定者の言葉（原文のまま）"),
                    Map.entry("reason", "理由")));

    private final Organisation organisation;

    CustomerMailTexts(Organisation organisation) {
        this.organisation = organisation;
    }

    /** Which mail: {@code notice}, {@code late} (a missed decision term) or {@code outcome}. */
    static String kind(Notice notice) {
        return switch (notice.eventType()) {
            case SanctionEventTypes.BAN_NOTICE_ISSUED_V1 -> "notice";
            case SanctionEventTypes.OBJECTION_TERM_MISSED_V1 -> "late";
            default -> "outcome";
        };
    }

    String subject(Notice notice, Language language) {
        return word(language, "subject." + kind(notice))
                .replace("{type}", word(language, value(notice.fact("measureType"))))
                .replace("{reference}", value(notice.fact("noticeReference")));
    }

    /** The template's data: every text already in the customer's language. */
    Map<String, Object> data(Notice notice, Language language, String pageUrl) {
        ZoneId zone = organisation.findSite(notice.siteId()).map(Site::timeZone).orElse(ZoneId.of("Europe/Amsterdam"));
        Map<String, Object> data = new HashMap<>();
        data.put("kind", kind(notice));
        data.put("reference", value(notice.fact("noticeReference")));
        data.put("secret", value(notice.fact("noticeSecret")));
        data.put("page", pageUrl);
        data.put("type", word(language, value(notice.fact("measureType"))));
        data.put("covers", covers(notice, language));
        data.put("channels", channels(notice, language));
        String open = notice.fact("alternativeChannel");
        data.put("alternative", open == null ? "" : word(language, open));
        data.put("startsAt", moment(notice.fact("startsAt"), zone, language));
        String until = notice.fact("until");
        data.put("until", until == null ? word(language, "no-end") : moment(until, zone, language));
        data.put("objectionDeadline", date(notice.fact("objectionDeadline"), zone, language));
        data.put("decisionDue", date(notice.fact("decisionDue"), zone, language));
        // The term's end is the start of the next day; the customer reads the last day of it.
        data.put("expectedBy", date(notice.fact("expectedBy"), zone, language));
        String outcome = notice.fact("outcome");
        data.put("outcome", outcome == null ? "" : word(language, outcome));
        data.put("shortened", "shortened".equals(outcome));
        // The decision's reason: the code in the customer's language, the decider's own words as they wrote them
        String code = notice.fact("reasonCode");
        data.put("reasonText", code == null || !WORDS.get(language).containsKey(code) ? "" : word(language, code));
        data.put("reasonLabel", word(language, "reason"));
        String words = notice.fact("decisionReason");
        data.put("deciderWords", words == null ? "" : words.strip());
        data.put("inWordsLabel", word(language, "in-words"));
        return data;
    }

    /**
     * The text message of the same notice, for a customer known only by phone: what the ban covers and until when,
     * the page, the reference and the secret (as the mail gives them: in the text, never in the link); a missed
     * term; the outcome with its reason and the decider's words (cut at {@link #SMS_WORDS} characters: the page
     * holds them whole). Never cut elsewhere: the secret must arrive whole.
     */
    String sms(Notice notice, Language language, String pageUrl) {
        Map<String, Object> data = data(notice, language, pageUrl);
        String kind = kind(notice);
        String text = word(language, "sms." + kind);
        if ("notice".equals(kind)) {
            String type = (String) data.get("type");
            String channels = (String) data.get("channels");
            String alternative = (String) data.get("alternative");
            text = text.replace("{Type}", capitalised(type, language))
                    .replace("{channels}", channels.isEmpty() ? "" : language == Language.JA ? "（" + channels + "）"
                            : " (" + channels + ")")
                    .replace("{alternative}", alternative.isEmpty() ? ""
                            : word(language, "sms.alternative").replace("{alternative}", alternative));
        } else if ("outcome".equals(kind)) {
            String reason = (String) data.get("reasonText");
            String words = (String) data.get("deciderWords");
            if (words.length() > SMS_WORDS) {
                words = words.substring(0, SMS_WORDS - 1) + "…";
            }
            text = text.replace("{reason}", (reason.isEmpty() ? "" : " " + reason)
                    + (words.isEmpty() ? "" : word(language, "sms.words").replace("{words}", words)));
        }
        for (Map.Entry<String, Object> value : data.entrySet()) {
            text = text.replace("{" + value.getKey() + "}", String.valueOf(value.getValue()));
        }
        return text.strip();
    }

    private static String capitalised(String word, Language language) {
        return word.isEmpty() || language == Language.JA ? word
                : word.substring(0, 1).toUpperCase(NoticeTexts.locale(language)) + word.substring(1);
    }

    private String covers(Notice notice, Language language) {
        String coverage = value(notice.fact("coverage"));
        String site = siteName(notice.siteId());
        List<String> sites = new ArrayList<>();
        String ids = notice.fact("siteIds");
        if (ids != null && !ids.isBlank()) {
            for (String id : ids.split(",\\s*")) {
                sites.add(siteName(id));
            }
        }
        String region = notice.fact("regionId");
        return word(language, coverage).replace("{sites}", String.join(", ", sites))
                .replace("{region}", region == null ? "" : organisation.findRegion(region).map(r -> r.name())
                        .orElse(region))
                .replace("{site}", site);
    }

    private static String channels(Notice notice, Language language) {
        String channels = notice.fact("channels");
        if (channels == null || channels.isBlank()) {
            return "contact-ban".equals(notice.fact("measureType")) ? word(language, "every-channel") : "";
        }
        List<String> words = new ArrayList<>();
        for (String c : channels.split(",\\s*")) {
            words.add(word(language, c));
        }
        return String.join(language == Language.JA ? "、" : ", ", words);
    }

    private String siteName(String siteId) {
        return siteId == null ? "" : organisation.findSite(siteId).map(Site::name).orElse(siteId);
    }

    /** A ban's start or end: day and minute in the site's calendar. */
    private static String moment(String instant, ZoneId zone, Language language) {
        if (instant == null) {
            return "";
        }
        try {
            return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                    .withLocale(NoticeTexts.locale(language)).format(Instant.parse(instant).atZone(zone));
        } catch (DateTimeParseException e) {
            return instant;
        }
    }

    /** The day a moment falls on in the site's calendar; a term's end (midnight) is the day before it. */
    private static String date(String instant, ZoneId zone, Language language) {
        if (instant == null) {
            return "";
        }
        try {
            var local = Instant.parse(instant).atZone(zone);
            var day = local.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? local.toLocalDate().minusDays(1)
                    : local.toLocalDate();
            return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(NoticeTexts.locale(language))
                    .format(day);
        } catch (DateTimeParseException e) {
            return instant;
        }
    }

    private static String word(Language language, String key) {
        return WORDS.get(language).getOrDefault(key, key);
    }

    private static String value(String s) {
        return s == null ? "" : s;
    }
}
