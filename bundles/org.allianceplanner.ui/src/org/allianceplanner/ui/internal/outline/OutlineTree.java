package org.allianceplanner.ui.internal.outline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.allianceplanner.dsl.ide.symbol.PlanSymbolDetailsProvider;
import org.allianceplanner.dsl.ide.symbol.PlanSymbolKinds;
import org.eclipse.lsp4j.DocumentSymbol;

/**
 * The outline's tree over a document's symbols. Grouped, the elements of each level come under a
 * heading per kind, in the order of {@link PlanSymbolKinds} (parties, areas, ..., plans; inside a plan:
 * readiness stages, common procedures, tasks, ...), and the tasks under one heading per operation (their
 * task kind). Ungrouped, it is the symbols' own nesting. Symbols are found by name and kind (each build
 * brings new objects).
 */
public final class OutlineTree {

	private final List<Object> roots;
	private final Map<Object, List<Object>> children = new HashMap<>();
	private final Map<String, Object> parents = new HashMap<>();

	public OutlineTree(List<DocumentSymbol> symbols, boolean grouped) {
		roots = level(symbols, "", grouped);
	}

	private List<Object> level(List<DocumentSymbol> symbols, String path, boolean grouped) {
		List<Object> result = new ArrayList<>();
		if (!grouped) {
			for (DocumentSymbol symbol : symbols) {
				result.add(symbol);
				descend(symbol, path, grouped);
			}
			return result;
		}
		Map<PlanSymbolKinds, List<DocumentSymbol>> byKind = new LinkedHashMap<>();
		List<DocumentSymbol> others = new ArrayList<>();
		for (DocumentSymbol symbol : symbols) {
			PlanSymbolKinds kind = PlanSymbolKinds.of(symbol.getKind());
			if (kind == null || kind == PlanSymbolKinds.PACKAGE) {
				others.add(symbol); // a file's package holds everything: shown as is
			} else {
				byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(symbol);
			}
		}
		for (PlanSymbolKinds kind : PlanSymbolKinds.values()) {
			List<DocumentSymbol> ofKind = byKind.get(kind);
			if (ofKind == null) {
				continue;
			}
			OutlineGroup group = new OutlineGroup(kind.group(), path + "/" + kind.group(), kind.ordinal());
			result.add(group);
			children.put(group, kind == PlanSymbolKinds.TASK ? byOperation(ofKind, group) : members(ofKind, group));
		}
		for (DocumentSymbol symbol : others) {
			result.add(symbol);
			descend(symbol, path, grouped);
		}
		return result;
	}

	private List<Object> members(List<DocumentSymbol> symbols, OutlineGroup group) {
		List<Object> result = new ArrayList<>();
		for (DocumentSymbol symbol : symbols) {
			result.add(symbol);
			parents.put(key(symbol), group);
			descend(symbol, group.path(), true);
		}
		return result;
	}

	private List<Object> byOperation(List<DocumentSymbol> tasks, OutlineGroup tasksGroup) {
		Map<String, List<DocumentSymbol>> byOperation = new LinkedHashMap<>();
		for (DocumentSymbol task : tasks) {
			String operation = PlanSymbolDetailsProvider.kindOf(task.getDetail());
			byOperation.computeIfAbsent(operation == null ? "other" : operation, k -> new ArrayList<>()).add(task);
		}
		List<Object> result = new ArrayList<>();
		int order = 0;
		for (Map.Entry<String, List<DocumentSymbol>> entry : byOperation.entrySet()) {
			OutlineGroup operation = new OutlineGroup(entry.getKey(), tasksGroup.path() + "/" + entry.getKey(), order++);
			result.add(operation);
			parents.put(key(operation), tasksGroup);
			children.put(operation, members(entry.getValue(), operation));
		}
		return result;
	}

	private void descend(DocumentSymbol symbol, String path, boolean grouped) {
		List<DocumentSymbol> inner = symbol.getChildren();
		if (inner == null || inner.isEmpty()) {
			return;
		}
		List<Object> level = level(inner, path + "/" + symbol.getName(), grouped);
		children.put(key(symbol), level);
		for (Object child : level) {
			parents.putIfAbsent(key(child), symbol);
		}
	}

	/** Symbols are keyed by name and kind, groups by their path. */
	static String key(Object element) {
		return keyOf(element);
	}

	/** What identifies an element of the tree across builds: name and kind of a symbol, path of a group. */
	public static String keyOf(Object element) {
		if (element instanceof DocumentSymbol symbol) {
			return symbol.getName() + '\u0000' + symbol.getKind();
		}
		return element instanceof OutlineGroup group ? group.path() : String.valueOf(element);
	}

	public List<Object> roots() {
		return roots;
	}

	public List<Object> children(Object element) {
		List<Object> list = children.get(element instanceof DocumentSymbol ? key(element) : element);
		return list == null ? List.of() : list;
	}

	public Object parent(Object element) {
		return parents.get(key(element));
	}
}
