package io.frontline.fixturea.adapter.out.notify;

import io.frontline.fixturea.application.port.in.DoThingUseCase;

/** Violates: an outgoing adapter starts a use case. */
class UseCaseCallingNotifier {
    DoThingUseCase useCase;
}
