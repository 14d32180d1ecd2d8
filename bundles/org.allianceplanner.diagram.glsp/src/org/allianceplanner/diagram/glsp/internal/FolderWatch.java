package org.allianceplanner.diagram.glsp.internal;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Tells which files of the watched folders were created, changed or deleted by anyone. Events are collected
 * until the folders have been quiet for {@link #SETTLE_MILLIS}, so an editor's save in several writes (or a
 * write to a temporary file and a move) is told once, after its last write.
 */
public final class FolderWatch implements AutoCloseable {

	static final long SETTLE_MILLIS = 50;

	private final WatchService service;
	private final Map<WatchKey, Path> folders = new ConcurrentHashMap<>();
	private final Predicate<Path> relevant;
	private final Consumer<Set<Path>> changed;
	private final Thread thread;

	/**
	 * @param relevant which files count (the others' events are dropped)
	 * @param changed called on the watch's own thread with the files changed since the last call
	 */
	public FolderWatch(Predicate<Path> relevant, Consumer<Set<Path>> changed) throws IOException {
		this.service = FileSystems.getDefault().newWatchService();
		this.relevant = relevant;
		this.changed = changed;
		this.thread = new Thread(this::run, "alliance-folder-watch");
		thread.setDaemon(true);
		thread.start();
	}

	/** Watches the folder from now on (once per folder). */
	public void watch(Path folder) throws IOException {
		Path normal = folder.toAbsolutePath().normalize();
		if (folders.containsValue(normal)) {
			return;
		}
		WatchKey key = normal.register(service, StandardWatchEventKinds.ENTRY_CREATE,
				StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
		folders.put(key, normal);
	}

	private void run() {
		try {
			while (true) {
				Set<Path> files = new LinkedHashSet<>();
				collect(service.take(), files);
				for (WatchKey more; (more = service.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS)) != null;) {
					collect(more, files);
				}
				if (!files.isEmpty()) {
					changed.accept(files);
				}
			}
		} catch (InterruptedException | ClosedWatchServiceException e) {
			// closed
		}
	}

	private void collect(WatchKey key, Set<Path> files) {
		Path folder = folders.get(key);
		for (WatchEvent<?> event : key.pollEvents()) {
			if (folder != null && event.context() instanceof Path name) {
				Path file = folder.resolve(name);
				if (relevant.test(file)) {
					files.add(file);
				}
			}
		}
		if (!key.reset()) {
			folders.remove(key);
		}
	}

	@Override
	public void close() {
		try {
			service.close();
		} catch (IOException e) {
			// nothing more to watch either way
		}
		thread.interrupt();
	}
}
