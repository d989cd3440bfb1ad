import type { CmsBackend, CmsSettings } from '../config/site.ts';

/** Decap CMS's `backend` section and publish mode for one site's settings. */
export interface BackendSection {
  backend: Record<string, unknown>;
  /** `editorial_workflow` when saving goes through review on branches and merge requests. */
  publish_mode?: 'editorial_workflow';
}

/** The forges whose Decap backend has the review workflow (draft → 待审核 → 可发布 on branches and merge requests). */
const reviewWorkflow = new Set<CmsBackend['kind']>(['forgejo', 'gitlab', 'github']);

/**
 * The backend the editor saves through, from the site's one setting. With review required, a backend with the
 * workflow opens a branch and merge request per entry; Gitea's has none, so staff save to the review branch and a
 * reviewer merges it into the site's branch on the forge. Without a forge the editor has only the local mode, where
 * decap-server keeps the same workflow on local branches (`local_backend`, see `adminConfig`).
 */
export function backendSection(cms: CmsSettings, requireReview: boolean): BackendSection {
  const workflow = requireReview ? { publish_mode: 'editorial_workflow' as const } : {};
  const { backend } = cms;
  if (!backend) {
    // decap-server answers for this one; the name only has to be a backend Decap knows.
    return { backend: { name: 'git-gateway', branch: cms.branch, commit_messages: commitMessages }, ...workflow };
  }
  const branch = requireReview && !reviewWorkflow.has(backend.kind) ? cms.reviewBranch : cms.branch;
  const common = { repo: backend.repo, branch, commit_messages: commitMessages };
  const section = (fields: Record<string, unknown>): BackendSection => ({
    backend: { ...fields, ...common },
    ...(reviewWorkflow.has(backend.kind) ? workflow : {}),
  });
  switch (backend.kind) {
    case 'gitea':
    case 'forgejo': {
      const url = withoutSlash(backend.url);
      return section({
        name: backend.kind,
        app_id: backend.appId,
        api_root: `${url}/api/v1`,
        base_url: url,
      });
    }
    case 'gitlab': {
      const url = withoutSlash(backend.url ?? 'https://gitlab.com');
      return section({
        name: 'gitlab',
        auth_type: 'pkce',
        app_id: backend.appId,
        api_root: `${url}/api/v4`,
        base_url: url,
        auth_endpoint: 'oauth/authorize',
      });
    }
    case 'github':
      return section({ name: 'github', base_url: withoutSlash(backend.authUrl) });
  }
}

/** Commit messages in Chinese: the forge's history is read by staff too. */
const commitMessages = {
  create: '新建{{collection}}:{{slug}}',
  update: '修改{{collection}}:{{slug}}',
  delete: '删除{{collection}}:{{slug}}',
  uploadMedia: '上传图片:{{path}}',
  deleteMedia: '删除图片:{{path}}',
  openAuthoring: '{{message}}',
};

function withoutSlash(url: string): string {
  return url.replace(/\/+$/, '');
}
