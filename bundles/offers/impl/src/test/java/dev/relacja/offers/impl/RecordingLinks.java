package dev.relacja.offers.impl;

import dev.relacja.core.api.records.LinkService;
import dev.relacja.core.api.records.RecordRef;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The core's link service in memory: it keeps the links made, as "offer:1 -> invoice:2 (note)". */
public final class RecordingLinks {
    public final List<String> linked = new CopyOnWriteArrayList<>();

    public final LinkService links = (LinkService) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {LinkService.class}, (proxy, method, args) -> {
                if (!method.getName().equals("link")) {
                    throw new UnsupportedOperationException("not in offer tests: " + method.getName());
                }
                RecordRef from = (RecordRef) args[0];
                RecordRef to = (RecordRef) args[1];
                linked.add(from.type() + ":" + from.id() + " -> " + to.type() + ":" + to.id() + " (" + args[2] + ")");
                return null;
            });
}
