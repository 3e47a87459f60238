package dev.relacja.scheduling.impl.alert;

import dev.relacja.scheduling.api.AlertChannel;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whiteboard of {@link AlertChannel}s: by name, the one of highest {@code service.ranking} (then the
 * oldest service) delivers. Channels come and go while Relacja runs.
 */
@Component(service = AlertChannels.class)
public class AlertChannels {
    private static final Logger LOG = LoggerFactory.getLogger(AlertChannels.class);

    private record Bound(String name, int ranking, long serviceId, AlertChannel channel) {
    }

    private static final Comparator<Bound> BEST_FIRST = Comparator.comparingInt(Bound::ranking).reversed()
            .thenComparingLong(Bound::serviceId);

    private final List<Bound> bound = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addChannel(AlertChannel channel, Map<String, Object> properties) {
        Object name = properties.get(AlertChannel.CHANNEL);
        if (!(name instanceof String text) || text.isBlank()) {
            LOG.warn("An AlertChannel ({}) without the {} property is ignored", channel.getClass().getName(),
                    AlertChannel.CHANNEL);
            return;
        }
        int ranking = properties.get(Constants.SERVICE_RANKING) instanceof Integer r ? r : 0;
        long serviceId = properties.get(Constants.SERVICE_ID) instanceof Long id ? id : 0L;
        bound.add(new Bound(text.strip(), ranking, serviceId, channel));
        LOG.info("Alert channel '{}' ({}, ranking {}) is available", text.strip(), channel.getClass().getName(), ranking);
    }

    public void removeChannel(AlertChannel channel) {
        bound.removeIf(b -> b.channel() == channel);
    }

    /** The channel that delivers for each name now. */
    public Map<String, AlertChannel> current() {
        Map<String, AlertChannel> best = new LinkedHashMap<>();
        bound.stream().sorted(BEST_FIRST).forEach(b -> best.putIfAbsent(b.name(), b.channel()));
        return best;
    }
}
