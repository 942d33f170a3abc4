package io.frontline.notification.application.port.out;

/** A channel could not deliver; the message says why without any address in it. Retried by back-off. */
public class SendFailed extends RuntimeException {
    public SendFailed(String message, Throwable cause) {
        super(message, cause);
    }

    public SendFailed(String message) {
        super(message);
    }
}
