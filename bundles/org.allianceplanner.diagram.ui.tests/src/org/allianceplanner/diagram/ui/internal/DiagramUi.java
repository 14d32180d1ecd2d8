package org.allianceplanner.diagram.ui.internal;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.allianceplanner.ui.AlliancePlanner;
import org.allianceplanner.ui.testing.EventLoop;
import org.allianceplanner.ui.testing.Keys;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.Bundle;

/** Waiting, looking and the example project for the diagram editor's UI tests; all on the UI thread. */
final class DiagramUi {

	static final long TIMEOUT = 60_000;

	private DiagramUi() {
	}

	/** Runs the event loop until the condition holds; fails naming what did not happen. */
	static void waitUntil(String what, BooleanSupplier condition) {
		EventLoop.waitUntil(what, TIMEOUT, condition);
	}

	static void flush(long millis) {
		EventLoop.flush(millis);
	}

	static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	/**
	 * A project with the Alliance nature holding the product's example plans (those the new-project wizard
	 * offers) in plans/, made anew.
	 */
	static IProject exampleProject(String name) throws CoreException, IOException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		if (project.exists()) {
			project.delete(true, true, null);
		}
		project.create(null);
		project.open(null);
		IProjectDescription description = project.getDescription();
		description.setNatureIds(new String[] { AlliancePlanner.NATURE_ID });
		project.setDescription(description, null);
		IFolder plans = project.getFolder("plans");
		plans.create(true, true, null);
		for (URL example : examples()) {
			String file = example.getPath().substring(example.getPath().lastIndexOf('/') + 1);
			try (InputStream in = example.openStream()) {
				plans.getFile(file).create(in, IResource.FORCE, null);
			}
		}
		return project;
	}

	/** The example plans the product ships (in the UI bundle's examples folder), sorted by name. */
	static List<URL> examples() {
		Bundle ui = Platform.getBundle("org.allianceplanner.ui");
		Enumeration<URL> entries = ui.findEntries("examples", "*.alliance", false);
		List<URL> urls = entries == null ? new ArrayList<>() : Collections.list(entries);
		urls.sort((a, b) -> a.getPath().compareTo(b.getPath()));
		if (urls.isEmpty()) {
			fail("the UI bundle ships no example plans");
		}
		return urls;
	}

	static List<IFile> planFiles(IProject project) throws CoreException {
		List<IFile> files = new ArrayList<>();
		for (IResource member : project.getFolder("plans").members()) {
			if (member instanceof IFile file && "alliance".equals(file.getFileExtension())) {
				files.add(file);
			}
		}
		files.sort((a, b) -> a.getName().compareTo(b.getName()));
		return files;
	}

	/** Types text into the widget as key events, as a user would (notifyListeners: no Display.post). */
	static void type(StyledText text, String characters) {
		for (char c : characters.toCharArray()) {
			key(text, c, c, 0);
		}
	}

	static void backspace(StyledText text) {
		key(text, SWT.BS, SWT.BS, 0);
	}

	/**
	 * Ctrl (and Shift) with a letter, as a key event on the control that has the focus: the display's filters run
	 * first, among them the workbench's key binding dispatcher, as for a key the user presses.
	 */
	static void ctrl(Control control, char letter, boolean shift) {
		key(control, (char) (Character.toLowerCase(letter) - 'a' + 1), Character.toLowerCase(letter),
				SWT.CTRL | (shift ? SWT.SHIFT : 0));
	}

	private static void key(Control control, char character, int keyCode, int stateMask) {
		Keys.press(control, character, keyCode, stateMask);
		flush(10);
	}

	static Shell shell() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
	}

	/** The workbench window's pixels as a PNG in the screenshot folder, for review. */
	static File screenshot(String fileName) {
		Shell shell = shell();
		shell.setSize(1280, 860);
		flush(700);
		File dir = new File(System.getProperty("alliance.screenshotDir", "target/screenshots"));
		dir.mkdirs();
		Rectangle bounds = shell.getBounds();
		Image image = new Image(shell.getDisplay(), bounds.width, bounds.height);
		GC gc = new GC(shell.getDisplay());
		try {
			gc.copyArea(image, bounds.x, bounds.y);
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			File file = new File(dir, fileName);
			loader.save(file.getAbsolutePath(), SWT.IMAGE_PNG);
			return file;
		} finally {
			gc.dispose();
			image.dispose();
		}
	}
}
