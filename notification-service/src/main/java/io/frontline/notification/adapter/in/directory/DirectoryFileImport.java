package io.frontline.notification.adapter.in.directory;

import io.frontline.notification.application.domain.model.Directory;
import io.frontline.notification.application.port.in.ImportDirectoryUseCase;
import io.frontline.platform.config.ConfigFile;
import io.frontline.platform.domain.Organisation;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;



/**
 * Reads the directory file named by {@code frontline.notification.directory-file} at start (a path on
 * disk, e.g. a mounted ConfigMap, or {@code classpath:name}), checks it against the organisation and
 * stores its people. A broken file stops the start.
 */
@ApplicationScoped
class DirectoryFileImport {
    private static final Logger LOG = Logger.getLogger(DirectoryFileImport.class);
    // Lower runs first: the messaging channels start at 1000, and the first event must find the directory.
    private static final int BEFORE_MESSAGING = 500;

    @ConfigProperty(name = "frontline.notification.directory-file")
    String location;

    @Inject
    Organisation organisation;

    @Inject
    ImportDirectoryUseCase importDirectory;

    void onStart(@Observes @Priority(BEFORE_MESSAGING) StartupEvent event) {
        Directory directory = load(location, organisation);
        importDirectory.importDirectory(directory);
        LOG.infof("Directory: %d people (from %s)", directory.recipients().size(), location);
    }

    static Directory load(String location, Organisation organisation) {
        return ConfigFile.load(location, InvalidDirectoryException::new, in -> DirectoryFile.read(in, location, organisation));
    }
}
