package org.allianceplanner.ui.internal.search;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.allianceplanner.dsl.ide.symbol.PlanSymbolKinds;
import org.eclipse.jface.dialogs.DialogPage;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.search.ui.ISearchPage;
import org.eclipse.search.ui.ISearchPageContainer;
import org.eclipse.search.ui.NewSearchUI;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * Search > Plan Elements: a name pattern and the kinds to look for; the declarations found are listed in
 * the Search view ({@link PlanElementQuery}).
 */
public class PlanElementSearchPage extends DialogPage implements ISearchPage {

	private ISearchPageContainer container;
	private Text name;
	private final Map<PlanSymbolKinds, Button> kindButtons = new EnumMap<>(PlanSymbolKinds.class);

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(1).applyTo(page);
		new Label(page, SWT.NONE).setText("Element &name (* = any string, ? = any character, CamelCase):");
		name = new Text(page, SWT.BORDER | SWT.SINGLE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(name);
		Group kinds = new Group(page, SWT.NONE);
		kinds.setText("Search for");
		GridLayoutFactory.swtDefaults().numColumns(3).equalWidth(true).applyTo(kinds);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(kinds);
		for (PlanSymbolKinds kind : PlanSymbolKinds.elements()) {
			Button button = new Button(kinds, SWT.CHECK);
			button.setText(kind.group());
			button.setSelection(true);
			button.addListener(SWT.Selection, event -> updateEnablement());
			kindButtons.put(kind, button);
		}
		Composite all = new Composite(page, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(all);
		Button selectAll = new Button(all, SWT.PUSH);
		selectAll.setText("&Select All");
		selectAll.addListener(SWT.Selection, event -> setAll(true));
		Button deselectAll = new Button(all, SWT.PUSH);
		deselectAll.setText("&Deselect All");
		deselectAll.addListener(SWT.Selection, event -> setAll(false));
		setControl(page);
	}

	private void setAll(boolean selected) {
		kindButtons.values().forEach(button -> button.setSelection(selected));
		updateEnablement();
	}

	private void updateEnablement() {
		if (container != null) {
			container.setPerformActionEnabled(!selectedKinds().isEmpty());
		}
	}

	@Override
	public void setVisible(boolean visible) {
		super.setVisible(visible);
		if (visible) {
			name.setFocus();
			updateEnablement();
		}
	}

	/** Sets the pattern and the kinds (for tests and callers that fill the page). */
	public void set(String pattern, Set<PlanSymbolKinds> kinds) {
		name.setText(pattern);
		kindButtons.forEach((kind, button) -> button.setSelection(kinds.contains(kind)));
		updateEnablement();
	}

	/** The search the page describes now. */
	public PlanElementQuery query() {
		return new PlanElementQuery(name.getText(), selectedKinds());
	}

	private Set<PlanSymbolKinds> selectedKinds() {
		Set<PlanSymbolKinds> kinds = EnumSet.noneOf(PlanSymbolKinds.class);
		kindButtons.forEach((kind, button) -> {
			if (button.getSelection()) {
				kinds.add(kind);
			}
		});
		return kinds;
	}

	@Override
	public boolean performAction() {
		if (selectedKinds().isEmpty()) {
			return false;
		}
		NewSearchUI.runQueryInBackground(query());
		return true;
	}

	@Override
	public void setContainer(ISearchPageContainer container) {
		this.container = container;
	}
}
