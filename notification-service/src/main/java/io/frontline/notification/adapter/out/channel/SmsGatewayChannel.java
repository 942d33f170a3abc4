package io.frontline.notification.adapter.out.channel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.frontline.notification.application.domain.model.Language;
import io.frontline.notification.application.domain.model.Notice;
import io.frontline.notification.application.domain.model.Notice.Audience;
import io.frontline.notification.application.port.out.SendFailed;
import io.frontline.notification.application.port.out.SendSmsPort;
import io.frontline.platform.tracing.StoredTraces;
import io.frontline.platform.domain.Organisation;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * SMS through a gateway webhook: a JSON POST ({@code to}, {@code text}, {@code eventId}, {@code reference},
 * {@code severity}, {@code link}) to {@code frontline.notification.sms.gateway-url}, signed as webhooks are
 * ({@code X-Frontline-Signature: sha256=hex(HMAC-SHA256(secret, timestamp + "." + body))}), so that a small
 * adapter in front of Twilio, MessageBird or a PBX can check it came from us. The number is in the body
 * only: never in a URL, a header, an error or a log line. A banned customer known only by phone (issue 17) gets the
 * text of their notice ({@link CustomerMailTexts#sms}), with the public page as link and the notice's reference.
 */
@ApplicationScoped
class SmsGatewayChannel implements SendSmsPort {
    /** SMS stays short: the title, the reference and the acknowledgement link. */
    private static final int MAX_TEXT = 320;

    @ConfigProperty(name = "frontline.notification.sms.gateway-url")
    Optional<String> gatewayUrl;

    @ConfigProperty(name = "frontline.notification.sms.secret")
    Optional<String> secret;

    @ConfigProperty(name = "frontline.notification.sms.timeout", defaultValue = "PT5S")
    Duration timeout;

    @Inject
    ObjectMapper json;

    @Inject
    NoticeTexts texts;

    @Inject
    Clock clock;

    /** The send is a span of the trace that created the delivery (issue 18). */
    @Inject
    StoredTraces traces;
    @Inject
    Organisation organisation;

    /** The public site: a banned customer's page is {@code <public-url>/ban-notice}, as in their mail. */
    @ConfigProperty(name = "frontline.notification.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    private HttpClient http;

    @PostConstruct
    void start() {
        http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public void send(String mobile, Language language, Notice notice) {
        String url = gatewayUrl.filter(s -> !s.isBlank()).orElseThrow(() ->
                new SendFailed("sms: no gateway configured (FRONTLINE_NOTIFICATION_SMS_GATEWAY_URL)"));
        String key = secret.filter(s -> !s.isBlank()).orElseThrow(() ->
                new SendFailed("sms: no signing secret configured (FRONTLINE_NOTIFICATION_SMS_SECRET)"));
        String link;
        String text;
        String reference;
        if (notice.audience() == Audience.CUSTOMER) {
            // Whole: cutting it could cut the secret (the words that may be long are bounded by the texts)
            link = (publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl)
                    + "/ban-notice";
            text = new CustomerMailTexts(organisation).sms(notice, language, link);
            reference = notice.fact("noticeReference");
        } else {
            link = notice.escalation() == null ? null : notice.escalation().acknowledgeLink();
            String title = texts.title(notice, language) + (link == null ? "" : " " + link);
            text = title.length() > MAX_TEXT ? title.substring(0, MAX_TEXT) : title;
            reference = notice.reference();
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("to", mobile);
        body.put("text", text);
        body.put("eventId", notice.eventId().toString());
        body.put("deliveryKey", notice.deliveryKey());
        body.put("reference", reference);
        body.put("severity", notice.severity().name().toLowerCase(Locale.ROOT));
        body.put("language", language.code());
        body.put("link", link);
        String payload;
        try {
            payload = json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        traces.inSpan("send sms", "sms", () -> SignedJsonPost.send(http, url, key,
                String.valueOf(clock.instant().getEpochSecond()), timeout, notice.eventId().toString(), payload,
                "sms gateway"));
    }
}
