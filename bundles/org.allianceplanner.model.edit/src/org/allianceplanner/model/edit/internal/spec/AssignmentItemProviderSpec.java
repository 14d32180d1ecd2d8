package org.allianceplanner.model.edit.internal.spec;

import org.allianceplanner.model.plan.Assignment;
import org.allianceplanner.model.plan.provider.AssignmentItemProvider;
import org.allianceplanner.model.wording.Wording;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.edit.provider.ViewerNotification;
import org.allianceplanner.model.plan.PlanPackage;

/** Labels an assignment "JMSDF: primary responsibility" (party and role, in the model's {@link Wording}) unless it has a name of its own. */
public class AssignmentItemProviderSpec extends AssignmentItemProvider {

	public AssignmentItemProviderSpec(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	@Override
	public String getText(Object object) {
		Assignment assignment = (Assignment) object;
		if (assignment.getName() != null && !assignment.getName().isEmpty()) {
			return super.getText(object);
		}
		String party = assignment.getParty() == null || assignment.getParty().getName() == null ? "?" : assignment.getParty().getName();
		return party + ": " + Wording.of(assignment.getRole());
	}

	@Override
	public void notifyChanged(Notification notification) {
		// the label also shows the party, which the generated provider does not refresh on
		if (notification.getFeature() == PlanPackage.Literals.ASSIGNMENT__PARTY) {
			fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
			return;
		}
		super.notifyChanged(notification);
	}
}
