package org.keji.enterprise.material;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.keji.commons.event.enterprise.MaterialRegistered;
import org.keji.commons.material.MaterialType;
import org.keji.commons.material.MaterialTypes;
import org.keji.commons.outbox.Outbox;
import org.keji.commons.paging.Page;
import org.keji.commons.paging.PageQuery;
import org.keji.commons.problem.ConflictException;
import org.keji.commons.problem.NotFoundException;
import org.keji.commons.problem.UniqueInserts;
import org.keji.commons.security.Caller;
import org.keji.commons.storage.ObjectStore;
import org.keji.commons.storage.StorageConfig;
import org.keji.commons.storage.StoredContent;
import org.keji.enterprise.material.dto.MaterialUpload;
import org.keji.enterprise.material.dto.MaterialView;
import org.keji.enterprise.registry.EnterpriseRepository;

@ApplicationScoped
public class MaterialService {

    static final Set<String> SORTABLE = Set.of("createdAt", "validUntil");

    private final MaterialRepository materials;
    private final EnterpriseRepository enterprises;
    private final ObjectStore store;
    private final Outbox outbox;
    private final Caller caller;
    private final Clock clock;
    private final long maxSize;

    public MaterialService(MaterialRepository materials, EnterpriseRepository enterprises, ObjectStore store,
            Outbox outbox, Caller caller, Clock clock,
            StorageConfig storage) {
        this.materials = materials;
        this.enterprises = enterprises;
        this.store = store;
        this.outbox = outbox;
        this.caller = caller;
        this.clock = clock;
        this.maxSize = storage.maxSize().asLongValue();
    }

    /** A material uploaded: the new one (created) or the owner's existing one with the same content. */
    public record Registered(MaterialView material, boolean created) {
    }

    /**
     * Copies an upload of the enterprise {@code uscc} to a temporary file, hashing it on the way, once the caller is
     * known to reach the enterprise, so a stranger's body is never read. The caller closes the result.
     */
    public StoredContent stage(String uscc, InputStream content) {
        regionOf(uscc);
        return StoredContent.spool(content, maxSize);
    }

    /**
     * Registers the staged content as a material of {@code uscc}. Its type is decided by its bytes; the same content
     * already held by this owner answers that material (nothing stored, no event); otherwise the content is stored once
     * by hash (another owner may hold it already) and a row of this owner's is added with its event.
     */
    @Transactional
    public Registered register(String uscc, MaterialUpload upload, StoredContent content) {
        String region = regionOf(uscc);
        MaterialType type = MaterialTypes.detect(content.path(), upload.fileName());
        LocalDate today = LocalDate.now(clock);
        var existing = materials.findByContent(uscc, content.sha256());
        if (existing.isPresent()) {
            return new Registered(MaterialView.of(existing.get(), today), false);
        }
        // stored before the row commits: a rollback leaves an unreferenced object, never a row without content
        store.putIfAbsent(content.sha256(), content.path(), content.size(), type.mediaType());
        String title = upload.title() == null || upload.title().isBlank() ? upload.fileName() : upload.title().strip();
        Material material = Material.register(uscc, region, upload.kind(), title,
                upload.issuer() == null || upload.issuer().isBlank() ? null : upload.issuer().strip(),
                upload.validUntil(), upload.fileName(), type.mediaType(), content.size(), content.sha256(),
                caller.name(), OffsetDateTime.now(clock));
        // two uploads of the same bytes by one owner at once: the constraint lets one in, the other is told to retry
        // (and is then answered the material); nothing is written twice
        UniqueInserts.insert(() -> {
            materials.persist(material);
            materials.flush();
        }, "material_owner_content_unique", () -> new ConflictException("MATERIAL_UPLOADED_CONCURRENTLY", uscc));
        outbox.publish(new MaterialRegistered(material.id(), uscc, material.kind().name(), material.title(),
                material.issuer(), material.validUntil(), material.fileName(), material.contentType(), material.size(),
                material.sha256()));
        return new Registered(MaterialView.of(material, today), true);
    }

    public Page<MaterialView> list(String uscc, MaterialKind kind, Boolean expired, PageQuery query) {
        regionOf(uscc);
        LocalDate today = LocalDate.now(clock);
        return materials.search(uscc, kind, expired, today, query).map(m -> MaterialView.of(m, today));
    }

    public MaterialView get(String uscc, UUID id) {
        return MaterialView.of(find(uscc, id), LocalDate.now(clock));
    }

    /** The material and its content, opened lazily so that a 304 opens nothing. */
    public record Content(MaterialView material, Supplier<InputStream> open) {
    }

    public Content content(String uscc, UUID id) {
        Material material = find(uscc, id);
        return new Content(MaterialView.of(material, LocalDate.now(clock)), () -> store.open(material.sha256()));
    }

    private Material find(String uscc, UUID id) {
        Supplier<NotFoundException> notFound = () -> new NotFoundException("MATERIAL_NOT_FOUND", id);
        Material material = materials.findByIdOptional(id).filter(m -> m.ownerUscc().equals(uscc))
                .orElseThrow(notFound);
        caller.requireEnterprise(uscc, material.region(), notFound);
        return material;
    }

    /** The region of an enterprise the caller reaches, or 404 {@code ENTERPRISE_NOT_FOUND}. */
    private String regionOf(String uscc) {
        Supplier<NotFoundException> notFound = () -> new NotFoundException("ENTERPRISE_NOT_FOUND", uscc);
        String region = enterprises.regionOf(uscc).orElseThrow(notFound);
        caller.requireEnterprise(uscc, region, notFound);
        return region;
    }
}
