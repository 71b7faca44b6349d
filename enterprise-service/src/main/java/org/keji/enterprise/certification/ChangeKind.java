package org.keji.enterprise.certification;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A major change the holder of a certificate reports within three months (高新技术企业认定管理办法 第十八条). */
@Schema(description = "Kind of major change (重大变化): NAME (更名), REGION (注册地迁移), OWNERSHIP (股权或实际控制人变化), "
        + "MERGER_OR_SPLIT (合并、分立、重组), MAIN_BUSINESS (经营业务变化), OTHER (其他与认定条件有关的重大变化)")
public enum ChangeKind {
    NAME,
    REGION,
    OWNERSHIP,
    MERGER_OR_SPLIT,
    MAIN_BUSINESS,
    OTHER
}
