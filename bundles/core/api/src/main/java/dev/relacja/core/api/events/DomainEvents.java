package dev.relacja.core.api.events;

import java.util.Map;
import org.osgi.annotation.versioning.ProviderType;

/** Posts a domain event once the current transaction commits (at once when there is none); a rollback drops it. */
@ProviderType
public interface DomainEvents {

    void publishAfterCommit(String module, String event, Map<String, Object> properties);
}
