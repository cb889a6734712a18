"""The apps' factories, with what the media tests rely on: a 900 × 600 gallery photo with known
alt text, and an agreement that has a partner unless given others."""

import factory

from intloffice import demo_images
from tests.partners import factories as partners
from tests.visits import factories as visits

PartnerFactory = partners.PartnerFactory
VisitFactory = visits.VisitFactory


class AgreementFactory(partners.AgreementFactory):
    @factory.post_generation
    def partners(self, create, extracted, **kwargs):
        if create:
            self.partners.set(extracted or [PartnerFactory()])


class VisitPhotoFactory(visits.VisitPhotoFactory):
    image = factory.LazyFunction(lambda: demo_images.photo("Gallery", 900, 600))
    image_alt_en = "Delegates in the library"
    image_alt_ar = "أعضاء الوفد في المكتبة"
    order = factory.Sequence(lambda n: n)
