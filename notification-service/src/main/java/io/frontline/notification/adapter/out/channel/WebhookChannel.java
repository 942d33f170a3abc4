package io.frontline.notification.adapter.out.channel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.frontline.notification.application.domain.model.Language;
import io.frontline.notification.application.domain.model.Notice;
import io.frontline.notification.application.port.out.SendFailed;
import io.frontline.notification.application.port.out.SendWebhookPort;
import io.frontline.platform.tracing.StoredTraces;
import io.vertx.core.Vertx;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Webhooks (chat tools, SMS gateways): a JSON POST signed with HMAC-SHA256. The receiver recomputes
 * {@code hex(HMAC-SHA256(secret, timestamp + "." + body))} with the {@code X-Frontline-Timestamp} header
 * and compares it with {@code X-Frontline-Signature: sha256=<hex>}; the timestamp in the signed string
 * lets it refuse replays. Connect and read timeouts; any answer but 2xx is a failure to retry. Where a webhook may go
 * (https, no internal address, no redirect) is {@link WebhookTargets}.
 */
@ApplicationScoped
class WebhookChannel implements SendWebhookPort {
    public static final String SIGNATURE = "X-Frontline-Signature";
    public static final String TIMESTAMP = "X-Frontline-Timestamp";
    public static final String EVENT_ID = "X-Frontline-Event-Id";

    /** Required to send webhooks (never unsigned), not to start: a deployment without webhooks needs none. */
    @ConfigProperty(name = "frontline.notification.webhook.secret")
    Optional<String> secret;

    @ConfigProperty(name = "frontline.notification.webhook.connect-timeout", defaultValue = "PT2S")
    Duration connectTimeout;

    @ConfigProperty(name = "frontline.notification.webhook.read-timeout", defaultValue = "PT5S")
    Duration readTimeout;

    /** Plain http only in dev and tests; https everywhere else. */
    @ConfigProperty(name = "frontline.notification.webhook.allow-http", defaultValue = "false")
    boolean allowHttp;

    /** Hosts exempt from the internal-address check (a receiver on this machine in dev and tests); none in production. */
    @ConfigProperty(name = "frontline.notification.webhook.allowed-internal-hosts")
    Optional<Set<String>> allowedInternalHosts;

    @Inject
    ObjectMapper json;

    @Inject
    NoticeTexts texts;

    @Inject
    Clock clock;

    /** A PKCS#12 trust store of the receivers' own CA; when set, only it is trusted (else the JVM's CAs). */
    @ConfigProperty(name = "frontline.notification.webhook.trust-store")
    Optional<String> trustStore;

    @ConfigProperty(name = "frontline.notification.webhook.trust-store-password")
    Optional<String> trustStorePassword;

    @Inject
    Vertx vertx;


    /** The send is a span of the trace that created the delivery (issue 18); the receiver is given none of it. */
    @Inject
    StoredTraces traces;

    private PinnedJsonPost http;
    private WebhookTargets targets;

    @PostConstruct
    void start() {
        // Never follow a redirect (a 3xx could lead to an address the target check refuses), and connect to the
        // address checked, not to a second answer for the same name.
        http = new PinnedJsonPost(vertx, connectTimeout, trustStore, trustStorePassword);
        targets = new WebhookTargets(allowHttp, allowedInternalHosts.orElse(Set.of()));
    }

    @PreDestroy
    void stop() {
        http.close();
    }

    @Override
    public void send(String url, Language language, Notice notice) {
        Map<String, Object> body = item(notice, language);
        body.put("deliveryKey", notice.deliveryKey());
        body.put("facts", texts.data(notice, language).get("visibleFacts"));
        if (notice.escalation() != null) {
            body.put("escalationLevel", notice.escalation().level());
            body.put("escalationRound", notice.escalation().round());
            body.put("acknowledgeLink", notice.escalation().acknowledgeLink());
        }
        post(url, notice.eventId().toString(), body);
    }

    @Override
    public void sendDigest(String url, Language language, List<Notice> notices, boolean summary) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (Notice notice : notices) {
            Map<String, Object> item = item(notice, language);
            item.put("link", texts.link(notice));
            items.add(item);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("digest", true);
        body.put("summary", summary);
        body.put("title", summary ? texts.summarySubject(language, notices)
                : texts.digestSubject(language, notices.size()));
        body.put("items", items);
        post(url, "digest-" + UUID.randomUUID(), body);
    }

    private Map<String, Object> item(Notice notice, Language language) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("eventId", notice.eventId().toString());
        item.put("eventType", notice.eventType());
        item.put("severity", notice.severity().name().toLowerCase(java.util.Locale.ROOT));
        item.put("siteId", notice.siteId());
        item.put("reference", notice.reference());
        item.put("title", texts.title(notice, language));
        item.put("occurredAt", notice.occurredAt().toString());
        return item;
    }

    private void post(String url, String eventId, Map<String, Object> body) {
        String payload;
        try {
            payload = json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        String key = secret.filter(s -> !s.isBlank()).orElseThrow(() ->
                new SendFailed("webhook: no signing secret configured (FRONTLINE_NOTIFICATION_WEBHOOK_SECRET)"));
        WebhookTargets.Target target = targets.check(url);
        traces.inSpan("send webhook", "webhook", () -> http.send(target, SignedJsonPost.signatureHeaders(key,
                String.valueOf(clock.instant().getEpochSecond()), eventId, payload), payload, readTimeout, "webhook"));
    }

    /** hex(HMAC-SHA256(secret, timestamp + "." + body)). */
    public static String sign(String secret, String timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
