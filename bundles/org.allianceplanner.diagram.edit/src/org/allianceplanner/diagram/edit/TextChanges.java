package org.allianceplanner.diagram.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.TerminalRule;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.ide.serializer.IChangeSerializer;
import org.eclipse.xtext.ide.serializer.IEmfResourceChange;
import org.eclipse.xtext.ide.serializer.ITextDocumentChange;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Makes a change of the model and returns it as text edits, through Xtext's change serializer: only the
 * regions of the model that changed are serialized again and formatted (region-diff formatting), the rest of
 * each file keeps its text, comments and layout.
 * <p>
 * The model stays changed afterwards while its node model still describes the old text: callers apply the
 * edits to the documents and parse them again before the next edit.
 */
public class TextChanges {

	@Inject
	private Provider<IChangeSerializer> serializers;

	/**
	 * Runs {@code change} while recording the given resources (every resource whose model the change touches)
	 * and returns the edits of every file that changed.
	 */
	public PlanEdit record(String label, Collection<? extends Resource> resources, Runnable change) {
		return collect(resources, change, false).build(label);
	}

	/**
	 * As {@link #record}, for a change of names: the references to the renamed elements are written again too,
	 * in the recorded files and in every other file of the resource set that refers to them.
	 */
	public PlanEdit recordRename(String label, Collection<? extends Resource> resources, Runnable change) {
		return collect(resources, change, true).build(label);
	}

	PlanEdit.Builder collect(Collection<? extends Resource> resources, Runnable change, boolean rename) {
		Set<Resource> recorded = new LinkedHashSet<>(resources);
		if (recorded.isEmpty()) {
			throw new IllegalArgumentException("No resource to record");
		}
		Map<URI, String> before = new HashMap<>();
		IChangeSerializer serializer = serializers.get();
		// Updating references is for renames: on other changes Xtext's reference updater would rewrite (and,
		// in 2.42, fail on) the very reference lists the change edits.
		serializer.setUpdateCrossReferences(rename);
		serializer.setUpdateRelatedFiles(rename);
		for (Resource resource : recorded) {
			before.put(resource.getURI(), textOf(resource));
			// The serializer starts recording every resource it was given before it runs any modification.
			serializer.addModification(resource, r -> {
			});
		}
		serializer.addModification(recorded.iterator().next(), r -> change.run());
		List<IEmfResourceChange> changes = new ArrayList<>();
		serializer.applyModifications(changes::add);
		PlanEdit.Builder edits = new PlanEdit.Builder();
		Resource any = recorded.iterator().next();
		for (IEmfResourceChange c : changes) {
			if (!(c instanceof ITextDocumentChange textChange)) {
				continue;
			}
			URI uri = textChange.getOldURI();
			// a file not recorded is one that refers to a renamed element
			String original = before.computeIfAbsent(uri, u -> textOf(any.getResourceSet().getResource(u, false)));
			XtextResource resource = (XtextResource) any.getResourceSet().getResource(uri, false);
			for (ITextReplacement r : textChange.getReplacements()) {
				TextEdit edit = new TextEdit(r.getOffset(), r.getLength(), r.getReplacementText()).trimmed(original);
				edits.add(uri, original, keepComments(resource, original, keepLineBreaksAtEnd(original, edit)));
			}
		}
		return edits;
	}

	/**
	 * The line breaks at the end of a replaced region are the layout of what follows it, which did not change:
	 * Xtext 2.42's region-diff formatting replaces them by one space (or nothing at the end of the file) when
	 * the next token is outside the formatted region. They are kept.
	 */
	static TextEdit keepLineBreaksAtEnd(String original, TextEdit edit) {
		String old = original.substring(edit.offset(), edit.offset() + edit.length());
		String oldTail = old.substring(old.stripTrailing().length());
		String text = edit.text();
		String newTail = text.substring(text.stripTrailing().length());
		if (oldTail.contains("\n") && !newTail.contains("\n")) {
			return new TextEdit(edit.offset(), edit.length(), text.stripTrailing() + oldTail);
		}
		return edit;
	}

	/**
	 * The comments in a replaced region that the replacement lost: Xtext 2.42's change serializer drops the
	 * comments after tokens it removes ("shared with JASDF, JointStaff // why"). They are put back at the end
	 * of the replacement, before its closing whitespace.
	 */
	static TextEdit keepComments(XtextResource resource, String original, TextEdit edit) {
		String text = edit.text();
		StringBuilder lost = new StringBuilder();
		for (ILeafNode leaf : resource.getParseResult().getRootNode().getLeafNodes()) {
			if (leaf.getOffset() >= edit.offset() && leaf.getEndOffset() <= edit.offset() + edit.length()
					&& leaf.isHidden() && leaf.getGrammarElement() instanceof TerminalRule rule
					&& rule.getName().endsWith("COMMENT") && !text.contains(leaf.getText().strip())) {
				lost.append(' ').append(leaf.getText().strip());
			}
		}
		if (lost.length() == 0) {
			return edit;
		}
		String body = text.stripTrailing();
		String tail = text.substring(body.length());
		int after = edit.offset() + edit.length();
		boolean lineEnds = !tail.isEmpty() && tail.contains("\n") || after >= original.length()
				|| original.charAt(after) == '\n' || original.charAt(after) == '\r';
		if (!lineEnds && lost.toString().contains("//")) {
			tail = "\n" + tail; // a line comment must end its line
		}
		String repaired = (body.isEmpty() ? lost.toString() : body + lost) + tail;
		return new TextEdit(edit.offset(), edit.length(), repaired);
	}

	/** The text a resource was parsed from. */
	static String textOf(Resource resource) {
		if (!(resource instanceof XtextResource xtext) || xtext.getParseResult() == null) {
			throw new EditException("Not a parsed plan: " + (resource == null ? "no resource" : resource.getURI()));
		}
		return xtext.getParseResult().getRootNode().getText();
	}
}
