package io.frontline.web.i18n;

import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Singleton;

/** Every page is rendered in the reader's language: the {@code msg:} texts and the formats follow it. */
@Singleton
public class ReadersLanguage implements TemplateInstance.Initializer {
    @Override
    public void accept(TemplateInstance instance) {
        if (Arc.container().requestContext().isActive()) {
            instance.setLocale(Arc.container().instance(Language.class).get().locale());
        }
    }
}
