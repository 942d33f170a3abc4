package io.frontline.complaint.adapter.in.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/** A complaint entered by staff or the call-center platform (phone, letter, in store). */
public record FileComplaintRequest(
        @NotBlank @Size(max = 64) String site,
        @NotNull @Pattern(regexp = "web|email|phone|letter|in-store", message = "must be web, email, phone, letter or in-store") String channel,
        @NotNull @Pattern(regexp = "product|service|staff-behaviour|billing|delivery|other",
                message = "must be product, service, staff-behaviour, billing, delivery or other") String category,
        @NotBlank @Size(max = 200) String subject,
        @NotBlank @Size(max = 10000) String description,
        @Pattern(regexp = "nl|en|ja", message = "must be nl, en or ja") String language,
        @PastOrPresent Instant receivedAt) {
}
