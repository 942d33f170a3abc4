package io.frontline.fixturea.adapter.in.rest;

/** Allowed public: a request body. */
public record ThingRequest(String name) {
}
