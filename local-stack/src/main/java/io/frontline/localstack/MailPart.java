package io.frontline.localstack;

import java.time.Duration;
import java.util.List;

/** An SMTP server whose mails can be read over HTTP ({@link MailKeeper}). */
final class MailPart extends Part {
    MailPart(StackSettings settings) {
        super(settings, "Mail (SMTP + reader)", "mail", false, settings.mailReaderUrl() + "/mails");
    }

    @Override
    List<Integer> ports() {
        return List.of(settings.port("smtp"), settings.port("mail-reader"));
    }

    @Override
    List<String> command() {
        return List.of(java(), "-Xmx128m", marker(), JUL, "-cp", System.getProperty("java.class.path"),
                MailKeeper.class.getName(), String.valueOf(settings.port("smtp")),
                String.valueOf(settings.port("mail-reader")));
    }

    @Override
    boolean ready() {
        return httpOk(settings.mailReaderUrl() + "/mails");
    }

    @Override
    Duration timeout() {
        return Duration.ofSeconds(60);
    }
}
