package org.allianceplanner.diagram.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.allianceplanner.dsl.ide.quickfix.ElementInsertion;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.Group;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.serializer.tokens.ICrossReferenceSerializer;

import com.google.inject.Inject;

/**
 * The text of whole elements: a new element is written on its own lines after its last sibling (the quick
 * fixes' {@link ElementInsertion}, which serializes it with Xtext's serializer), a deleted element's lines
 * are removed. Xtext's change serializer, asked to do the same, rewrites the rest of the container and
 * takes the comments in front of the element along (a section heading before a deleted task, a comment
 * between two role assignments), so whole elements are placed here and their references changed through the
 * change serializer.
 */
class ElementTexts {

	@Inject
	private ElementInsertion insertion;

	@Inject
	private ICrossReferenceSerializer crossReferences;

	/** The edit that writes {@code created}, already added to its container in the model, into the text. */
	PlanEdit.Builder insert(EObject created) {
		URI file = created.eResource().getURI();
		String text = TextChanges.textOf(created.eResource());
		Document document = new Document(1, text);
		PlanEdit.Builder edits = new PlanEdit.Builder();
		List<org.eclipse.lsp4j.TextEdit> inserted = insertion.edits(List.of(created), document);
		if (inserted.isEmpty()) {
			throw new EditException("There is no place in " + file.lastSegment() + " to write a new "
					+ created.eClass().getName());
		}
		for (org.eclipse.lsp4j.TextEdit edit : inserted) {
			int start = document.getOffSet(edit.getRange().getStart());
			int end = document.getOffSet(edit.getRange().getEnd());
			edits.add(file, text, new TextEdit(start, end - start, edit.getNewText()));
		}
		return edits;
	}

	/**
	 * The edits that remove the elements' text: each element's whole lines when it stands on lines of its own
	 * (with a comment at the end of its last line, which is the element's), else the element and the blanks
	 * after it. Comments in front of an element belong to what comes before, and stay.
	 */
	PlanEdit.Builder remove(Collection<? extends EObject> elements) {
		PlanEdit.Builder edits = new PlanEdit.Builder();
		List<int[]> ranges = new ArrayList<>();
		List<URI> files = new ArrayList<>();
		for (EObject element : elements) {
			ICompositeNode node = NodeModelUtils.findActualNodeFor(element);
			if (node == null) {
				throw new EditException("No text for " + element.eClass().getName());
			}
			String text = TextChanges.textOf(element.eResource());
			ranges.add(range(text, node.getOffset(), node.getEndOffset()));
			files.add(element.eResource().getURI());
		}
		// an element inside another removed element goes with it
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < ranges.size(); i++) {
			order.add(i);
		}
		order.sort(Comparator.comparing((Integer i) -> files.get(i).toString()).thenComparingInt(i -> ranges.get(i)[0])
				.thenComparingInt(i -> -ranges.get(i)[1]));
		URI lastFile = null;
		int lastEnd = -1;
		for (int i : order) {
			int[] r = ranges.get(i);
			if (files.get(i).equals(lastFile) && r[0] < lastEnd) {
				continue;
			}
			EObject element = List.copyOf(elements).get(i);
			edits.add(files.get(i), TextChanges.textOf(element.eResource()), new TextEdit(r[0], r[1] - r[0], ""));
			lastFile = files.get(i);
			lastEnd = r[1];
		}
		return edits;
	}

	/**
	 * The edit that clears an optional single reference: the reference and the keywords in front of it
	 * ("of MLIT", "produced by JMSDF"), or the whole line when the clause has a line of its own. Xtext 2.42's
	 * change serializer leaves the keywords of a cleared reference in a grammar fragment behind.
	 */
	PlanEdit.Builder removeReference(EObject owner, EReference reference) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(owner, reference);
		ICompositeNode ownerNode = NodeModelUtils.findActualNodeFor(owner);
		if (nodes.isEmpty() || ownerNode == null) {
			throw new EditException("No text for the " + reference.getName() + " of " + owner.eClass().getName());
		}
		INode node = nodes.get(0);
		// the group of the reference's assignment: ('of' owner=[Party]), ('produced' 'by' producer=[Party])
		EObject clause = node.getGrammarElement() == null ? null : node.getGrammarElement().eContainer().eContainer();
		String text = TextChanges.textOf(owner.eResource());
		int start = node.getOffset();
		List<ILeafNode> leaves = new ArrayList<>();
		ownerNode.getLeafNodes().forEach(leaves::add);
		for (int i = leaves.size() - 1; i >= 0; i--) {
			ILeafNode leaf = leaves.get(i);
			if (leaf.getOffset() >= node.getOffset()) {
				continue;
			}
			if (leaf.isHidden() && leaf.getText().isBlank()) {
				continue;
			}
			if (leaf.isHidden() || !(leaf.getGrammarElement() instanceof Keyword keyword)
					|| keyword.eContainer() != clause) {
				break; // a comment, or the token the clause follows
			}
			start = leaf.getOffset();
		}
		int[] range = range(text, start, node.getEndOffset());
		if (range[0] == start) {
			// within a line: the blanks before the clause go, those after it stay
			int before = start;
			while (before > 0 && (text.charAt(before - 1) == ' ' || text.charAt(before - 1) == '\t')) {
				before--;
			}
			boolean lineStart = before == 0 || text.charAt(before - 1) == '\n';
			range = new int[] { lineStart ? start : before, lineStart ? range[1] : node.getEndOffset() };
		}
		return new PlanEdit.Builder().add(owner.eResource().getURI(), text,
				new TextEdit(range[0], range[1] - range[0], ""));
	}

	/**
	 * The edit that adds {@code target} to a comma-separated list of references the text already writes
	 * ({@code implements IV.2(1)a, IV.2(1)b} gets {@code , IV.2(1)c} after its last value, before any comment),
	 * or null where the grammar writes no such list or the target has no name in scope there. Xtext 2.42's change
	 * serializer writes the new value as a second clause of its own ({@code implements IV.2(1)c} on a new line),
	 * which means the same but is not how authors write it.
	 */
	PlanEdit.Builder appendReference(EObject owner, EReference reference, EObject target) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(owner, reference);
		if (nodes.isEmpty()) {
			return null;
		}
		INode last = nodes.get(nodes.size() - 1);
		CrossReference next = commaSeparated(last.getGrammarElement(), reference);
		if (next == null) {
			return null;
		}
		List<String> problems = new ArrayList<>();
		String name = crossReferences.serializeCrossRef(owner, next, target, null, d -> problems.add(d.getMessage()));
		if (name == null || !problems.isEmpty()) {
			return null;
		}
		return new PlanEdit.Builder().add(owner.eResource().getURI(), TextChanges.textOf(owner.eResource()),
				new TextEdit(last.getEndOffset(), 0, ", " + name));
	}

	/**
	 * The cross reference that follows {@code ','} in a list {@code kw a+=[X] (',' a+=[X])*} whose value
	 * {@code element} wrote, or null.
	 */
	private static CrossReference commaSeparated(EObject element, EReference reference) {
		if (!(element instanceof CrossReference) || !(element.eContainer() instanceof Assignment assignment)
				|| !reference.getName().equals(assignment.getFeature())) {
			return null;
		}
		EObject group = assignment.eContainer();
		if (group instanceof Group g && isCommaGroup(g, reference)) {
			return crossReferenceOf(g);
		}
		if (group instanceof Group g) {
			for (AbstractElement e : g.getElements()) {
				if (e instanceof Group inner && isCommaGroup(inner, reference)) {
					return crossReferenceOf(inner);
				}
			}
		}
		return null;
	}

	private static boolean isCommaGroup(Group group, EReference reference) {
		List<AbstractElement> elements = group.getElements();
		return elements.size() == 2 && elements.get(0) instanceof Keyword k && ",".equals(k.getValue())
				&& elements.get(1) instanceof Assignment a && reference.getName().equals(a.getFeature())
				&& a.getTerminal() instanceof CrossReference;
	}

	private static CrossReference crossReferenceOf(Group commaGroup) {
		return (CrossReference) ((Assignment) commaGroup.getElements().get(1)).getTerminal();
	}

	private static int[] range(String text, int start, int end) {
		int lineStart = start;
		while (lineStart > 0 && (text.charAt(lineStart - 1) == ' ' || text.charAt(lineStart - 1) == '\t')) {
			lineStart--;
		}
		boolean ownLine = lineStart == 0 || text.charAt(lineStart - 1) == '\n';
		int lineEnd = text.indexOf('\n', end);
		lineEnd = lineEnd < 0 ? text.length() : lineEnd;
		String rest = text.substring(end, lineEnd).strip();
		boolean restOfLineIsTheElements = rest.isEmpty() || rest.startsWith("//")
				|| rest.startsWith("/*") && rest.endsWith("*/");
		if (ownLine && restOfLineIsTheElements) {
			return new int[] { lineStart, Math.min(lineEnd + 1, text.length()) };
		}
		int after = end;
		while (after < text.length() && (text.charAt(after) == ' ' || text.charAt(after) == '\t')) {
			after++;
		}
		return new int[] { start, after };
	}
}
