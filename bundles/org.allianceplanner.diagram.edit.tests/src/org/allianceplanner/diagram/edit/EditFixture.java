package org.allianceplanner.diagram.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.allianceplanner.dsl.ide.AllianceIdeSetup;
import org.allianceplanner.dsl.ide.edit.NewNames;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.TerminalRule;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

/**
 * The test copies of the examples loaded together, as a diagram editor holds them, and the checks every
 * edit must pass: the edited text parses and links, the diff stays inside the element's region, comments
 * survive, and the undo edits restore every file byte for byte.
 */
public final class EditFixture {

	public static final Injector INJECTOR = new AllianceIdeSetup().createInjectorAndDoEMFRegistration();

	private final Map<URI, String> texts = new LinkedHashMap<>();

	private final XtextResourceSet resourceSet;

	public EditFixture() {
		this(readExamples());
	}

	public EditFixture(Map<URI, String> texts) {
		this.texts.putAll(texts);
		this.resourceSet = load(texts);
	}

	public static <T> T operation(Class<T> type) {
		return INJECTOR.getInstance(type);
	}

	/** The folder of the test copies: the build passes it; from the IDE, it is relative to the bundle. */
	public static Path folder() {
		String configured = System.getProperty("alliance.edit.examples");
		Path folder = Path.of(configured != null ? configured : "resources/examples");
		assertTrue(Files.isDirectory(folder), "examples folder not found: " + folder.toAbsolutePath());
		return folder.toAbsolutePath().normalize();
	}

	public static Map<URI, String> readExamples() {
		Map<URI, String> texts = new LinkedHashMap<>();
		try (Stream<Path> files = Files.list(folder())) {
			for (Path file : files.filter(p -> p.toString().endsWith(".alliance")).sorted().toList()) {
				texts.put(URI.createFileURI(file.toString()), Files.readString(file, StandardCharsets.UTF_8));
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		assertEquals(3, texts.size(), "the three examples");
		return texts;
	}

	private static XtextResourceSet load(Map<URI, String> texts) {
		XtextResourceSet set = INJECTOR.getInstance(XtextResourceSet.class);
		for (Map.Entry<URI, String> e : texts.entrySet()) {
			Resource resource = set.createResource(e.getKey());
			try {
				resource.load(new ByteArrayInputStream(e.getValue().getBytes(StandardCharsets.UTF_8)), null);
			} catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		EcoreUtil.resolveAll(set);
		return set;
	}

	public XtextResourceSet resourceSet() {
		return resourceSet;
	}

	public String text(URI file) {
		return texts.get(file);
	}

	public URI file(String name) {
		return texts.keySet().stream().filter(u -> u.lastSegment().equals(name)).findFirst().orElseThrow();
	}

	/** The element of that name and type in any file. */
	public <T extends EObject> T find(Class<T> type, String name) {
		for (Resource resource : resourceSet.getResources()) {
			for (var it = resource.getAllContents(); it.hasNext();) {
				EObject o = it.next();
				if (type.isInstance(o) && name.equals(NewNames.nameOf(o))) {
					return type.cast(o);
				}
			}
		}
		throw new AssertionError("no " + type.getSimpleName() + " " + name);
	}

	/** The text region [start, end) of an element in its file, taken before the edit. */
	public static int[] region(EObject element) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(element);
		return new int[] { node.getOffset(), node.getEndOffset() };
	}

	/** The file texts after the edit. */
	public Map<URI, String> after(PlanEdit edit) {
		Map<URI, String> after = new LinkedHashMap<>(texts);
		edit.edits().forEach((uri, edits) -> after.put(uri, TextEdit.apply(texts.get(uri), edits)));
		return after;
	}

	/**
	 * Checks an edit of one file: the diff lies within {@code region} of that file, no other file changed,
	 * every comment of the file is still there (but those inside {@code removed}, a region deleted on purpose),
	 * undo restores the text, and the result parses and links. Returns the reloaded files.
	 */
	public EditFixture checkConfined(PlanEdit edit, URI file, int[] region, int[] removed) {
		assertFalse(edit.isEmpty(), "no edit: " + edit.label());
		assertEquals(List.of(file), List.copyOf(edit.edits().keySet()), "files changed by " + edit.label());
		String before = texts.get(file);
		String after = after(edit).get(file);
		int prefix = commonPrefix(before, after);
		int suffix = commonSuffix(before, after, prefix);
		if (!(prefix >= region[0] && before.length() - suffix <= region[1])) {
			// the same diff aligned from the end: a removal next to equal characters can slide either way
			int fromEnd = commonSuffix(before, after, 0);
			int fromStart = commonPrefix(before.substring(0, before.length() - fromEnd),
					after.substring(0, after.length() - fromEnd));
			if (fromStart >= region[0] && before.length() - fromEnd <= region[1]) {
				prefix = fromStart;
				suffix = fromEnd;
			}
		}
		assertTrue(prefix >= region[0] && before.length() - suffix <= region[1],
				edit.label() + ": changed " + prefix + ".." + (before.length() - suffix) + " outside the element "
						+ region[0] + ".." + region[1] + "\n--- new text of the region:\n"
						+ after.substring(Math.min(prefix, region[0]), after.length() - Math.min(suffix, before.length() - region[1])));
		for (String comment : comments(resource(file))) {
			int at = before.indexOf(comment);
			boolean deleted = removed != null && at >= removed[0] && at + comment.length() <= removed[1];
			if (!deleted) {
				assertEquals(count(before, comment), count(after, comment), edit.label() + " lost comment " + comment);
			}
		}
		return checkUndoAndParse(edit);
	}

	/** Undo restores every changed file byte for byte; the edited files parse and link. */
	public EditFixture checkUndoAndParse(PlanEdit edit) {
		Map<URI, String> after = after(edit);
		for (URI uri : edit.edits().keySet()) {
			assertEquals(texts.get(uri), edit.revert(uri, after.get(uri)), "undo of " + edit.label() + " in " + uri.lastSegment());
		}
		EditFixture reloaded = new EditFixture(after);
		for (Resource resource : reloaded.resourceSet.getResources()) {
			assertTrue(resource.getErrors().isEmpty(), edit.label() + ": " + resource.getURI().lastSegment() + " "
					+ resource.getErrors() + "\n" + after.get(resource.getURI()));
		}
		return reloaded;
	}

	/** Error findings of the Guidelines validation (and linking) of every file. */
	public List<Issue> errors() {
		IResourceValidator validator = INJECTOR.getInstance(IResourceValidator.class);
		List<Issue> errors = new ArrayList<>();
		for (Resource resource : resourceSet.getResources()) {
			validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl).stream()
					.filter(i -> i.getSeverity() == org.eclipse.xtext.diagnostics.Severity.ERROR).forEach(errors::add);
		}
		return errors;
	}

	/**
	 * The errors of this (edited) resource set that are not on the text {@code edit} inserted: a new task
	 * without its roles yet is reported, nothing else may be.
	 */
	public List<Issue> errorsOutside(URI file, TextEdit insertion) {
		int start = insertion.offset();
		int end = start + insertion.text().length();
		return errors().stream().filter(i -> !(file.equals(i.getUriToProblem().trimFragment())
				&& i.getOffset() >= start && i.getOffset() < end)).toList();
	}

	public XtextResource resource(URI file) {
		return (XtextResource) resourceSet.getResource(file, false);
	}

	/** The comments of a file, as written. */
	public static List<String> comments(XtextResource resource) {
		List<String> comments = new ArrayList<>();
		for (ILeafNode leaf : resource.getParseResult().getRootNode().getLeafNodes()) {
			if (leaf.isHidden() && leaf.getGrammarElement() instanceof TerminalRule rule
					&& rule.getName().endsWith("COMMENT")) {
				comments.add(leaf.getText().strip());
			}
		}
		return comments;
	}

	static int count(String text, String part) {
		int n = 0;
		for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
			n++;
		}
		return n;
	}

	static int commonPrefix(String a, String b) {
		int i = 0;
		while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
			i++;
		}
		return i;
	}

	static int commonSuffix(String a, String b, int prefix) {
		int i = 0;
		while (i < a.length() - prefix && i < b.length() - prefix
				&& a.charAt(a.length() - 1 - i) == b.charAt(b.length() - 1 - i)) {
			i++;
		}
		return i;
	}
}
