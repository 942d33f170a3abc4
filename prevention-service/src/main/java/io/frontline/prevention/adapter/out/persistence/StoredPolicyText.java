package io.frontline.prevention.adapter.out.persistence;

import io.frontline.prevention.application.domain.model.PolicyVersion.PolicyText;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * One language's text of a policy version as the row keeps it (the column {@code policy_version.texts}, a JSON
 * object by language: {@code {"nl": {"title", "body"}, ...}}), a shape of its own so renaming {@link PolicyText}'s
 * fields cannot silently change stored rows or break reading the ones written before (CONTRIBUTING.md, "One
 * persistence rule").
 */
record StoredPolicyText(String title, String body) {
    static Map<String, StoredPolicyText> of(Map<String, PolicyText> texts) {
        Map<String, StoredPolicyText> stored = new LinkedHashMap<>();
        new TreeMap<>(texts).forEach((language, t) -> stored.put(language, new StoredPolicyText(t.title(), t.body())));
        return stored;
    }

    static Map<String, PolicyText> toDomain(Map<String, StoredPolicyText> stored) {
        Map<String, PolicyText> texts = new LinkedHashMap<>();
        stored.forEach((language, t) -> texts.put(language, new PolicyText(t.title(), t.body())));
        return texts;
    }
}
