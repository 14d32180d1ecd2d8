package org.allianceplanner.dsl.ide.quickfix;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.serializer.ISerializer;

import com.google.inject.Inject;

/**
 * Writes elements an add-element fix created into the text, each on its own line after the last element
 * of the same feature (else before the container's closing brace, or for the first element of its kind in a
 * file, at the end of the file), indented like its siblings. Only the
 * new lines are inserted: the rest of the plan keeps its layout, which re-serializing the container would not.
 */
public class ElementInsertion {

	@Inject
	private ISerializer serializer;

	public List<TextEdit> edits(List<EObject> created, Document document) {
		List<TextEdit> edits = new ArrayList<>();
		if (created.isEmpty()) {
			return edits;
		}
		EObject first = created.get(0);
		EObject owner = first.eContainer();
		@SuppressWarnings("unchecked")
		List<EObject> siblings = first.eContainingFeature().isMany()
				? (List<EObject>) owner.eGet(first.eContainingFeature())
				: List.of();
		int index = siblings.indexOf(first);
		EObject previous = index > 0 ? siblings.get(index - 1) : null;
		ICompositeNode previousNode = previous == null ? null : NodeModelUtils.findActualNodeFor(previous);
		ICompositeNode ownerNode = NodeModelUtils.findActualNodeFor(owner);
		if (ownerNode == null) {
			return edits;
		}
		String text = document.getContents();
		int offset;
		String indent;
		if (previousNode != null) {
			offset = afterTrailingComment(text, previousNode.getEndOffset());
			indent = indentOf(text, previousNode.getOffset());
		} else if (owner.eContainer() == null) {
			// the first element of its kind in the file: after the file's last element
			int end = text.length();
			while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
				end--;
			}
			offset = end;
			indent = "";
			previousNode = ownerNode;
		} else {
			int close = text.lastIndexOf('}', ownerNode.getEndOffset() - 1);
			if (close < ownerNode.getOffset()) {
				return edits; // a container without a block: nothing sensible to insert into
			}
			offset = text.lastIndexOf('\n', close - 1) + 1;
			indent = indentOf(text, ownerNode.getOffset()) + "\t";
		}
		StringBuilder insert = new StringBuilder();
		for (EObject element : created) {
			// the lines of an element with a block are indented like the element
			String serialized = serializer.serialize(element, SaveOptions.newBuilder().getOptions()).strip()
					.replace("\n", "\n" + indent);
			insert.append(previousNode != null ? "\n" + indent + serialized : indent + serialized + "\n");
		}
		Position at = document.getPosition(offset);
		edits.add(new TextEdit(new Range(at, at), insert.toString()));
		return edits;
	}

	/** A comment on the rest of the previous element's last line stays with that element. */
	private static int afterTrailingComment(String text, int offset) {
		int lineEnd = text.indexOf('\n', offset);
		lineEnd = lineEnd < 0 ? text.length() : lineEnd > 0 && text.charAt(lineEnd - 1) == '\r' ? lineEnd - 1 : lineEnd;
		String rest = text.substring(offset, lineEnd).strip();
		boolean comment = rest.startsWith("//") || rest.startsWith("/*") && rest.endsWith("*/");
		return comment ? lineEnd : offset;
	}

	private static String indentOf(String text, int offset) {
		int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
		int end = lineStart;
		while (end < text.length() && (text.charAt(end) == '\t' || text.charAt(end) == ' ')) {
			end++;
		}
		return text.substring(lineStart, end);
	}
}
