package io.frontline.notification;

import io.frontline.platform.testing.MutableClock;
import io.frontline.platform.testing.infra.GreenMailResource;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;


/** What the test SMTP server received, as a reader of the mail would see it. */
public final class Mails {
    private Mails() {
    }

    /** A received mail: recipient, subject, plain-text and HTML body, and where a reply goes (null: the sender). */
    public record Mail(String to, String subject, String text, String html, String replyTo) {
    }

    public static List<Mail> all() {
        return Arrays.stream(GreenMailResource.server().getReceivedMessages()).map(Mails::read).toList();
    }

    public static List<Mail> to(String address) {
        return all().stream().filter(m -> m.to().equalsIgnoreCase(address)).toList();
    }

    /**
     * Waits until at least {@code count} mails to the address match, and returns those that do. The test
     * clock moves along (a second per poll) while it waits: a send that stalled on a busy machine is retried
     * after its back-off, as it would be in real time.
     */
    public static List<Mail> await(String address, Predicate<Mail> matching, int count) {
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    if (to(address).stream().filter(matching).count() >= count) {
                        return true;
                    }
                    MutableClock.shared().advance(Duration.ofSeconds(1));
                    return false;
                });
        return to(address).stream().filter(matching).toList();
    }

    private static Mail read(MimeMessage message) {
        try {
            String to = message.getRecipients(Message.RecipientType.TO)[0].toString();
            String text = null;
            String html = null;
            Object content = message.getContent();
            if (content instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart part = multipart.getBodyPart(i);
                    String[] found = parts(part);
                    text = text == null ? found[0] : text;
                    html = html == null ? found[1] : html;
                }
            } else {
                text = content.toString();
            }
            String[] replyTo = message.getHeader("Reply-To");
            return new Mail(to, message.getSubject(), text, html, replyTo == null ? null : replyTo[0]);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String[] parts(BodyPart part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return new String[]{part.getContent().toString(), null};
        }
        if (part.isMimeType("text/html")) {
            return new String[]{null, part.getContent().toString()};
        }
        if (part.getContent() instanceof Multipart inner) {
            String text = null;
            String html = null;
            for (int i = 0; i < inner.getCount(); i++) {
                String[] found = parts(inner.getBodyPart(i));
                text = text == null ? found[0] : text;
                html = html == null ? found[1] : html;
            }
            return new String[]{text, html};
        }
        return new String[]{null, null};
    }
}
