package io.frontline.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An answer that a page fetches while it stays on screen (a stream, a fragment, a download): it leaves the CSRF
 * token of the page's forms as it is ({@link FormTokenKeeper}). Answers that are not HTML keep it without this mark.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface KeepsFormToken {
}
