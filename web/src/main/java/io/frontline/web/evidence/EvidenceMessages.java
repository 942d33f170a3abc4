package io.frontline.web.evidence;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The evidence screens' texts, in nl, en and ja: {@code messages/evidence_<language>.properties}. */
@MessageBundle(value = "evidence", locale = "en")
public interface EvidenceMessages {
    @Message
    String title();

    @Message
    String title_of(String reference);

    @Message
    String intro();

    @Message
    String back_to_incident();

    @Message
    String upload_heading();

    @Message
    String upload_camera();

    @Message
    String upload_camera_hint();

    @Message
    String upload_file();

    @Message
    String upload_file_hint(String maxSize);

    @Message
    String upload_kind();

    @Message
    String upload_kind_auto();

    @Message
    String upload_submit();

    @Message
    String uploaded(String name);

    @Message
    String uploaded_hash();

    @Message
    String list_heading();

    @Message
    String list_empty();

    @Message
    String list_not_yours();

    @Message
    String added_by(String who, String when);

    @Message
    String captured(String when);

    @Message
    String hash();

    @Message
    String kept_elsewhere();

    @Message
    String download(String name);

    @Message
    String size_bytes(String size);

    @Message
    String kind_photo();

    @Message
    String kind_video();

    @Message
    String kind_audio();

    @Message
    String kind_transcript();

    @Message
    String kind_document();

    @Message
    String package_heading();

    @Message
    String package_text();

    @Message
    String package_download();

    @Message
    String error_no_file();

    @Message
    String error_too_large(String maxSize);

    @Message
    String error_type();

    @Message
    String error_other();
}
