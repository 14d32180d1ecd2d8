package org.allianceplanner.ui.internal.editor;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.contentassist.ContentAssistant;
import org.eclipse.jface.text.contentassist.IContentAssistant;
import org.eclipse.jface.text.hyperlink.IHyperlinkDetector;
import org.eclipse.jface.text.information.IInformationPresenter;
import org.eclipse.jface.text.information.InformationPresenter;
import org.eclipse.jface.text.presentation.IPresentationReconciler;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.quickassist.IQuickAssistAssistant;
import org.eclipse.jface.text.quickassist.QuickAssistAssistant;
import org.eclipse.jface.text.reconciler.IReconciler;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.ui.editors.text.TextSourceViewerConfiguration;

/**
 * Wires the plan editor's viewer to its adapters: highlighting (token scanners), content assist,
 * hovers, hyperlinks (Ctrl+click) and quick fixes. The platform's spelling reconciler is left out:
 * validation comes from the language server.
 */
public class PlanSourceViewerConfiguration extends TextSourceViewerConfiguration {

	private final PlanEditor editor;

	public PlanSourceViewerConfiguration(PlanEditor editor) {
		this.editor = editor;
	}

	@Override
	public String getConfiguredDocumentPartitioning(ISourceViewer sourceViewer) {
		return PlanPartitions.PARTITIONING;
	}

	@Override
	public String[] getConfiguredContentTypes(ISourceViewer sourceViewer) {
		return PlanPartitions.CONTENT_TYPES;
	}

	@Override
	public IPresentationReconciler getPresentationReconciler(ISourceViewer sourceViewer) {
		PresentationReconciler reconciler = new PresentationReconciler();
		reconciler.setDocumentPartitioning(PlanPartitions.PARTITIONING);
		add(reconciler, new DefaultDamagerRepairer(new PlanCodeScanner()), IDocument.DEFAULT_CONTENT_TYPE);
		add(reconciler, new DefaultDamagerRepairer(PlanCodeScanner.single(PlanColors.COMMENT)),
				PlanPartitions.COMMENT);
		add(reconciler, new DefaultDamagerRepairer(PlanCodeScanner.single(PlanColors.STRING)),
				PlanPartitions.STRING);
		return reconciler;
	}

	private static void add(PresentationReconciler reconciler, DefaultDamagerRepairer dr, String type) {
		reconciler.setDamager(dr, type);
		reconciler.setRepairer(dr, type);
	}

	@Override
	public IContentAssistant getContentAssistant(ISourceViewer sourceViewer) {
		ContentAssistant assistant = new ContentAssistant();
		assistant.setDocumentPartitioning(PlanPartitions.PARTITIONING);
		assistant.setContentAssistProcessor(new PlanCompletionProcessor(editor), IDocument.DEFAULT_CONTENT_TYPE);
		assistant.enableAutoInsert(false);
		assistant.setInformationControlCreator(getInformationControlCreator(sourceViewer));
		return assistant;
	}

	@Override
	public ITextHover getTextHover(ISourceViewer sourceViewer, String contentType) {
		return new PlanTextHover(editor);
	}

	/** F2 at the caret: the hover's text in the focused hover, which scrolls. */
	@Override
	public IInformationPresenter getInformationPresenter(ISourceViewer sourceViewer) {
		InformationPresenter presenter = new InformationPresenter(HoverControls.focused());
		presenter.setDocumentPartitioning(PlanPartitions.PARTITIONING);
		HoverInformationProvider provider = new HoverInformationProvider(new PlanTextHover(editor));
		for (String type : PlanPartitions.CONTENT_TYPES) {
			presenter.setInformationProvider(provider, type);
		}
		presenter.setSizeConstraints(HoverControls.WIDTH_CHARS, HoverControls.HEIGHT_LINES, false, true);
		return presenter;
	}

	@Override
	public IHyperlinkDetector[] getHyperlinkDetectors(ISourceViewer sourceViewer) {
		return new IHyperlinkDetector[] { new PlanHyperlinkDetector(editor) };
	}

	@Override
	public IQuickAssistAssistant getQuickAssistAssistant(ISourceViewer sourceViewer) {
		QuickAssistAssistant assistant = new QuickAssistAssistant();
		assistant.setQuickAssistProcessor(new PlanQuickAssistProcessor());
		assistant.setInformationControlCreator(getInformationControlCreator(sourceViewer));
		return assistant;
	}

	@Override
	public IReconciler getReconciler(ISourceViewer sourceViewer) {
		return null;
	}

	@Override
	public String[] getDefaultPrefixes(ISourceViewer sourceViewer, String contentType) {
		return new String[] { "//", "" };
	}
}
