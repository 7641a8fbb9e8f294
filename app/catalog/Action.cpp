#include "catalog/Action.h"

#include "common/UiLanguage.h"

QString Action::title() const
{
    return UiLanguage::isJapanese() ? titleJa : titleEn;
}

QString Action::description() const
{
    return UiLanguage::isJapanese() ? descriptionJa : descriptionEn;
}

QString Action::estimate() const
{
    return UiLanguage::isJapanese() ? estimateJa : estimateEn;
}

const ActionVariant *Action::variant(const QString &deployment) const
{
    const auto it = variants.constFind(deployment);
    return it == variants.constEnd() ? nullptr : &it.value();
}

const ActionParameter *Action::parameter(const QString &name) const
{
    for (const ActionParameter &p : parameters) {
        if (p.name == name)
            return &p;
    }
    return nullptr;
}
