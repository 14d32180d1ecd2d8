package org.allianceplanner.diagram.glsp;

import org.allianceplanner.diagram.glsp.internal.AllianceDiagramConfiguration;
import org.allianceplanner.diagram.glsp.internal.AllianceGModelFactory;
import org.allianceplanner.diagram.glsp.internal.AllianceModelState;
import org.allianceplanner.diagram.glsp.internal.AllianceModelStorage;
import org.allianceplanner.diagram.glsp.internal.AlliancePalette;
import org.allianceplanner.diagram.glsp.internal.ArrangeAllHandler;
import org.allianceplanner.diagram.glsp.internal.ChangeBoundsHandler;
import org.allianceplanner.diagram.glsp.internal.ChangeContainerHandler;
import org.allianceplanner.diagram.glsp.internal.CreateEdgeHandler;
import org.allianceplanner.diagram.glsp.internal.CreateNodeHandler;
import org.allianceplanner.diagram.glsp.internal.DeleteHandler;
import org.allianceplanner.diagram.glsp.internal.DiagramSource;
import org.allianceplanner.diagram.glsp.internal.LabelEditHandler;
import org.allianceplanner.diagram.glsp.internal.LabelTextValidator;
import org.allianceplanner.diagram.glsp.internal.OpenActionHandler;
import org.allianceplanner.diagram.glsp.internal.PlanLanguage;
import org.allianceplanner.diagram.glsp.internal.ProblemsValidator;
import org.allianceplanner.diagram.glsp.internal.ReconnectEdgeHandler;
import org.allianceplanner.diagram.glsp.internal.RefreshActionHandler;
import org.allianceplanner.diagram.glsp.internal.SelectActionHandler;
import org.allianceplanner.diagram.glsp.internal.SetViewOptionsActionHandler;
import org.allianceplanner.diagram.glsp.internal.TextUndoHandler;
import org.allianceplanner.dsl.ide.AllianceIdeSetup;
import org.eclipse.glsp.server.actions.ActionHandler;
import org.eclipse.glsp.server.di.DiagramModule;
import org.eclipse.glsp.server.di.MultiBinding;
import org.eclipse.glsp.server.diagram.DiagramConfiguration;
import org.eclipse.glsp.server.features.core.model.GModelFactory;
import org.eclipse.glsp.server.features.core.model.SourceModelStorage;
import org.eclipse.glsp.server.features.directediting.LabelEditValidator;
import org.eclipse.glsp.server.features.toolpalette.ToolPaletteItemProvider;
import org.eclipse.glsp.server.features.undoredo.UndoRedoActionHandler;
import org.eclipse.glsp.server.features.validation.ModelValidator;
import org.eclipse.glsp.server.model.GModelState;
import org.eclipse.glsp.server.operations.LayoutOperationHandler;
import org.eclipse.glsp.server.operations.OperationHandler;

import com.google.inject.Injector;
import com.google.inject.Singleton;

/**
 * The GLSP diagram module of diagram type {@value DiagramTypes#DIAGRAM_TYPE}: every Alliance Planner diagram
 * over the headless diagram core (see docs/DIAGRAMS.md, "Diagram server"). A host configures it with where
 * plan texts live ({@link PlanTexts}) and what to do on navigation ({@link DiagramHost}), e.g.
 * {@code new ServerModule().configureDiagramModule(AllianceDiagramModule.standalone(new FilePlanTexts(), DiagramHost.NONE))}.
 */
public class AllianceDiagramModule extends DiagramModule {

	private static Injector standaloneLanguage;

	private final PlanTexts texts;
	private final DiagramHost host;
	private final Injector language;

	/**
	 * @param language the plan language's injector with its IDE services ({@code AllianceIdeSetup}); the IDE
	 *            passes the one its editors use
	 */
	public AllianceDiagramModule(PlanTexts texts, DiagramHost host, Injector language) {
		this.texts = texts;
		this.host = host;
		this.language = language;
	}

	/** Outside the IDE: the plan language set up once per process. */
	public static AllianceDiagramModule standalone(PlanTexts texts, DiagramHost host) {
		return new AllianceDiagramModule(texts, host, standaloneLanguage());
	}

	/** The plan language with its IDE services, created once per process (outside the IDE). */
	public static synchronized Injector standaloneLanguage() {
		if (standaloneLanguage == null) {
			standaloneLanguage = new AllianceIdeSetup().createInjectorAndDoEMFRegistration();
		}
		return standaloneLanguage;
	}

	@Override
	protected void configureBase() {
		super.configureBase();
		bind(PlanTexts.class).toInstance(texts);
		bind(DiagramHost.class).toInstance(host);
		bind(PlanLanguage.class).toInstance(new PlanLanguage(language));
		bind(DiagramSource.class).in(Singleton.class);
	}

	@Override
	public String getDiagramType() {
		return DiagramTypes.DIAGRAM_TYPE;
	}

	@Override
	protected Class<? extends DiagramConfiguration> bindDiagramConfiguration() {
		return AllianceDiagramConfiguration.class;
	}

	@Override
	protected Class<? extends GModelState> bindGModelState() {
		return AllianceModelState.class;
	}

	@Override
	protected Class<? extends SourceModelStorage> bindSourceModelStorage() {
		return AllianceModelStorage.class;
	}

	@Override
	protected Class<? extends GModelFactory> bindGModelFactory() {
		return AllianceGModelFactory.class;
	}

	@Override
	protected Class<? extends ToolPaletteItemProvider> bindToolPaletteItemProvider() {
		return AlliancePalette.class;
	}

	@Override
	protected Class<? extends ModelValidator> bindModelValidator() {
		return ProblemsValidator.class;
	}

	@Override
	protected Class<? extends LabelEditValidator> bindLabelEditValidator() {
		return LabelTextValidator.class;
	}

	@Override
	protected void configureActionHandlers(MultiBinding<ActionHandler> binding) {
		super.configureActionHandlers(binding);
		binding.add(RefreshActionHandler.class);
		binding.add(SetViewOptionsActionHandler.class);
		binding.add(OpenActionHandler.class);
		binding.add(SelectActionHandler.class);
		binding.rebind(UndoRedoActionHandler.class, TextUndoHandler.class);
	}

	@Override
	protected void configureOperationHandlers(MultiBinding<OperationHandler<?>> binding) {
		super.configureOperationHandlers(binding);
		binding.rebind(LayoutOperationHandler.class, ArrangeAllHandler.class);
		binding.add(CreateNodeHandler.class);
		binding.add(CreateEdgeHandler.class);
		binding.add(DeleteHandler.class);
		binding.add(LabelEditHandler.class);
		binding.add(ReconnectEdgeHandler.class);
		binding.add(ChangeBoundsHandler.class);
		binding.add(ChangeContainerHandler.class);
	}
}
