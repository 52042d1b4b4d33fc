kubectl get nodes
kubectl get nodes -o wide
kubectl get pods
kubectl get pods -A
kubectl get svc
kubectl get svc -A
kubectl get ns
kubectl cluster-info
kubectl version
kubectl config current-context
